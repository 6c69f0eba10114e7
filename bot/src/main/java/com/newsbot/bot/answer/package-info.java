/**
 * Answering a question from the paper: {@link com.newsbot.bot.answer.AnswerComposer} is the front door, and
 * {@code AnswerFlow} runs a question through the stages, each made once.
 *
 * <p>One way through, each stage reading only what the stage before it gave; each stage of the answer path is a package
 * (the classes named are those that do the stage today):
 * <pre>
 * seeds ─▶ reader ─▶ index ─▶ question ─▶ retrieve ─▶ candidates ─▶ decide ─▶ render ─▶ front end
 *
 *  stage       package             in                              out
 *  reader      retrieval/…/read    an issue file                   Issue, Article, Passage
 *  index       retrieval/…/index   the issues                      NewsIndex, seen as retrieve.Paper
 *  question    answer.question     the text, the turns before it   Asked, the query (FollowUps.Resolved)
 *  retrieve    answer.retrieve     the query                       Evidence, in retrieval order
 *  candidates  answer.candidates   Asked, Evidence                 SpanPicker.Pick, ArticleReader.Reading
 *  decide      answer.decide       the pick, the readings          which answers, or "not covered"
 *  render      answer.render       what was chosen                 Answer, Citation
 *  front end   chat                Answer                          a reply
 *
 *  beside them: answer.language (text, words, entities, word lists), answer.learn (learned weights),
 *               answer.model (a chat model's answer), answer.english (questions with no Chinese)
 * </pre>
 * <ol>
 *   <li><b>seeds</b>: the issue files ({@code seeds/}, {@code --seeds DIR}).</li>
 *   <li><b>reader</b>: {@code retrieval/…/read} — {@code IssueReader} turns a file into an {@code Issue} of
 *       {@code Article}s and their {@code Passage}s (headlines, bylines, sidebars, dates).</li>
 *   <li><b>index</b>: {@code NewsIndex} over {@code IndexEngine} and {@code IndexUpdater} (Lucene with smartcn words and
 *       bigrams, bge-small-zh vectors when embeddings are on); seen from here through {@code retrieve.Paper},
 *       implemented by {@code retrieve.IndexPaper} (passages, articles, term weights, the issues).</li>
 *   <li><b>question</b> ({@code answer.question}): {@code QuestionRouter} (the message's {@code Intent}: small talk, the
 *       whole issue, a foreign language, or a question of a {@code Form}; the front end routes, the answer path asks
 *       only whether it is foreign), then for a question to the paper {@code QuestionReader}, the one
 *       place a question is read: {@code NameInitials} (zns → a name), {@code Ordinals} (第N篇, answered by
 *       {@code render.ArticleFacts}), {@code FollowUps} (a follow-up read with the turn before), {@code Bylines} (谁写的;
 *       answered by {@code render.ArticleFacts}), {@code IssueScope} (the issue a question names), and the one typed
 *       question, {@code Asked}: the question as written ({@code Asked.literal()}, a {@code Question}: kind of answer,
 *       unit, content terms, for the picker) and with {@code language.Colloquial} rewriting its chat words
 *       ({@code Asked.question()}, the same value when nothing was rewritten), the shape of the answer
 *       ({@code AskedShapes}), the asked noun ({@code AskedNoun}), its units, its words ({@code AskedWords}), for the
 *       reader. Each text is read once; a different text (a rewritten question, an earlier turn) is another reading,
 *       made once.</li>
 *   <li><b>retrieve</b> ({@code answer.retrieve}): one {@code Retrieval} per question over {@code Paper.retrieve}
 *       (hybrid search, LangChain4j {@code Content}); widened when the latest report is asked for, by the same search
 *       ({@code retrieveAndWiden}: the best passages are a prefix of the wider ranking); within an issue
 *       ({@code retrieveIn}) for a conversation's scope. A query searched again is given what was found the first time;
 *       the searches asked for and run are logged at debug level. Searches besides the question's own, each made
 *       only when needed: the rest of a question with initials (to name them), a short follow-up on its own (whether
 *       it stands alone; reused when it does), the article a byline question names. Each passage is read as an
 *       {@code Evidence} ({@code Evidences}), titled with the headline a citation shows ({@code Headlines}).</li>
 *   <li><b>candidates</b> ({@code answer.candidates}): {@code SpanPicker} (the clause of a passage that answers, with
 *       {@code PickerTerms}, {@code HeadCues} and {@code QuoteShaping}) and {@code ArticleReader} (the first articles
 *       read whole, {@code QuestionsOnTheirOwn.readings}: a {@code Reading} with its best sentence, scored by
 *       {@code UnitFeatures} that {@code UnitFeatureReader} reads with {@code UnitCues} and {@code PassageMeaning}),
 *       both finding answer-shaped spans with {@code AnswerSpans}.</li>
 *   <li><b>decide</b> ({@code answer.decide}): {@code ExtractiveAnswerer.pick} (the evidence gate on the picker's
 *       clause), {@code OfflineDecision} (whether the picker's clause answers, or the reader's reading, or
 *       neither), with {@code ReadingAnswers} (whether a reading answers; which report when the latest is asked,
 *       by {@code SameStory}); {@code OfflineAnswers}' strategies take the first that answers. A question with no
 *       Chinese in it goes to {@code english.ForeignQuestions} (English through {@code EnglishQuestions}, its words
 *       chosen by {@code TranslationChoices}). With a model ({@code model.ModelAnswers}), {@code LlmAnswerer} under
 *       {@code ModelCalls}' deadline, shown {@code ModelPassages}, held to its passages by {@code SupportCheck}; the
 *       offline answer otherwise.</li>
 *   <li><b>render</b> ({@code answer.render}): {@code ReadingComposer} (the answer from a reading),
 *       {@code decide.ExtractiveAnswerer.found} / {@code notFound} and {@code DirectAnswers} (the short answer first:
 *       13位, 是的, a date, a name) build the {@link com.newsbot.bot.answer.Answer} with its
 *       {@link com.newsbot.bot.answer.Citation}s; {@code ArticleFacts} answers about an article itself;
 *       {@code chat.ReplyRenderer} turns it into a reply.</li>
 *   <li><b>front end</b>: {@code chat.ConversationHandler} (with {@code RecordedConversation}) for the console,
 *       Telegram and Feishu alike.</li>
 * </ol>
 *
 * <p>How well it answers and how fast are measured, not stated here: see {@code docs/answer-quality.md} (the question
 * sets, CMRC and DRCD) and {@code docs/performance.md} (latency, memory), which carry the latest figures and their
 * dates.
 */
package com.newsbot.bot.answer;
