/**
 * Answering a question from the paper: {@link com.newsbot.bot.answer.AnswerComposer} is the front door.
 *
 * <p>One way through, each stage reading only what the stage before it gave (the classes named are those that do the
 * stage today):
 * <pre>
 * seeds ─▶ reader ─▶ index ─▶ question ─▶ retrieve ─▶ candidates ─▶ decide ─▶ render ─▶ front end
 * </pre>
 * <ol>
 *   <li><b>seeds</b>: the issue files ({@code seeds/}, {@code --seeds DIR}).</li>
 *   <li><b>reader</b>: {@code retrieval/…/read} — {@code IssueReader} turns a file into an {@code Issue} of
 *       {@code Article}s and their {@code Passage}s (headlines, bylines, sidebars, dates).</li>
 *   <li><b>index</b>: {@code NewsIndex} over {@code IndexEngine} and {@code IndexUpdater} (Lucene with smartcn words and
 *       bigrams, bge-small-zh vectors when embeddings are on); seen from here through {@code Paper}, implemented by
 *       {@code IndexPaper} (passages, articles, term weights, the issues).</li>
 *   <li><b>question</b>: {@code QuestionRouter} (the message's {@code Intent}: small talk, the whole issue, a foreign
 *       language, or a question of a {@code Form}), then for a question to the paper {@code NameInitials} (zns → a
 *       name), {@code Ordinals} (第N篇), {@code FollowUps} (a follow-up read with the turn before), {@code Bylines}
 *       (谁写的; answered with {@code Ordinals} by {@code ArticleFacts}), {@code IssueScope} (the issue a question names), {@code Question} (the kind of answer and the
 *       content terms, for the picker) and {@code Asked} (the shape of the answer, the asked noun found by
 *       {@code AskedNoun}, its units, for the reader), with {@code Colloquial} rewriting chat words.</li>
 *   <li><b>retrieve</b>: {@code Paper.retrieve} (hybrid search, LangChain4j {@code Content}), wider
 *       ({@code retrieveWide}) when the latest report is asked for, within an issue ({@code retrieveIn}) for a
 *       conversation's scope; each passage read as an {@code Evidence} ({@code Evidences}).</li>
 *   <li><b>candidates</b>: {@code SpanPicker} (through {@code ExtractiveAnswerer.pick}: the clause of a passage that
 *       answers, behind the evidence gate; with {@code PickerTerms}, {@code HeadCues} and {@code QuoteShaping}) and
 *       {@code ArticleReader} (the first articles read whole: a {@code Reading} with its best sentence, scored by
 *       {@code UnitFeatures} from {@code UnitCues} and {@code PassageMeaning}), both finding answer-shaped spans with
 *       {@code AnswerSpans}.</li>
 *   <li><b>decide</b>: {@code OfflineDecision} (whether the picker's clause answers, or the reader's reading, or
 *       neither), with {@code ReadingAnswers} (whether a reading answers; which report when the latest is asked,
 *       by {@code SameStory}); {@code OfflineAnswers}' strategies take the first that answers; a question with no
 *       Chinese in it goes to {@code ForeignQuestions}. With a model,
 *       {@code LlmAnswerer} under {@code ModelCalls}' deadline, shown {@code ModelPassages}, held to its passages by
 *       {@code SupportCheck}; the offline answer otherwise.</li>
 *   <li><b>render</b>: {@code ReadingAnswers.compose}, {@code ExtractiveAnswerer.found} / {@code notFound} and
 *       {@code DirectAnswers} (the short answer first: 13位, 是的, a date, a name) build the {@link
 *       com.newsbot.bot.answer.Answer} with its {@code Citation}s and {@code Headlines}; {@code chat.ReplyRenderer}
 *       turns it into a reply.</li>
 *   <li><b>front end</b>: {@code chat.ConversationHandler} (with {@code RecordedConversation}) for the console,
 *       Telegram and Feishu alike.</li>
 * </ol>
 *
 * <p>How well it answers and how fast are measured, not stated here: see {@code docs/answer-quality.md} (the question
 * sets, CMRC and DRCD) and {@code docs/performance.md} (latency, memory), which carry the latest figures and their
 * dates.
 */
package com.newsbot.bot.answer;
