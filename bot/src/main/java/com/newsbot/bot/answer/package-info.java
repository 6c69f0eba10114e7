/**
 * Answering a question from the paper: {@link com.newsbot.bot.answer.AnswerComposer} is the front door.
 *
 * <p>Steps, one small class each: {@code FollowUps} (carry the previous turn's subject into a follow-up;
 * with a model, LangChain4j's {@code CompressingQueryTransformer}), the index's hybrid {@code ContentRetriever},
 * {@code Question} (what kind of answer is wanted, content terms and words), {@code SpanPicker} (the clause
 * or sentence that answers), {@code ExtractiveAnswerer} (the evidence gate and the offline answer),
 * {@code LlmAnswerer} + {@code SupportCheck} (a model's answer held to the numbered passages it was given),
 * {@code Ordinals} (第N篇), {@code Headlines} (the title a citation shows).
 *
 * <p>Measured on a 2-core machine shared with other builds (see {@code com.newsbot.bot.eval.AnswerEval}):
 * <ul>
 *   <li>{@code ../shared/eval/seed-dev.jsonl}: 12 of 13 right (both unanswerable ones right); our own 36
 *       golden questions ({@code src/test/resources/answer/golden-seed.jsonl}, 14 unanswerable): 36 of 36.
 *       Asked against the seed, none of the 1,000 CMRC and 3,524 DRCD questions is answered (found: false).</li>
 *   <li>CMRC 2018 trial (1,002 questions, embeddings on): gold answer inside an answer of at most 150
 *       characters 80.4 %, gold article cited first 95.6 % (99.3 % of the answers given), found 96.3 %; found
 *       answers median 67 characters, longest 142 (AnswerEval: median answer 66 chars, p50 7.6 ms). Lexical only: 80.3 % / 95.5 % / 96.3 %. (Before retrieval's
 *       first article was favoured and neighbouring sentences taken: 74.0 % / 90.7 % / 92.7 %, median 52.)</li>
 *   <li>DRCD dev (3,524 traditional-Chinese questions, lexical): 78.4 % / 85.8 % / found 88.1 %.</li>
 *   <li>Latency on the seed after warm-up: about 7 ms an answer lexical, 16–17 ms with embeddings, of which
 *       retrieval is about 10 ms.</li>
 * </ul>
 */
package com.newsbot.bot.answer;
