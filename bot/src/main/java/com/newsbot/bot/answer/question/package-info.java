/**
 * The question stage: a message's text and the chat's earlier turns in, one typed question ({@link Asked}) out, each
 * text read once.
 *
 * <p>{@link QuestionRouter} gives a message its {@link Intent} (the front end routes on it; the answer path asks only
 * whether a question is foreign). {@link QuestionReader} is the one place a question to the paper is read: initials
 * named ({@link NameInitials}: zns → 钟南山), a follow-up read with the turns before it ({@link FollowUps}) unless it
 * stands alone, the issue a question names set aside for the readers ({@link IssueScope}), then {@link Asked}: the
 * question as written ({@link Question}, of a {@link QuestionKind}: what the picker reads) and with its chat words
 * rewritten, the shape of its answer ({@link AskedShapes}), the noun it asks about ({@link AskedNoun}), its units and its
 * words ({@link AskedWords}: what the reader reads). Questions about an article itself are recognised here too: the N-th
 * story ({@link Ordinals}) and who wrote one ({@link Bylines}), both answered by {@code render.ArticleFacts}.
 *
 * <p>In: the text, the turns before it, a conversation's topic. Out: {@link Asked} and what retrieval searches with
 * ({@link FollowUps.Resolved}: the query, the article a follow-up prefers). The stage looks ahead twice, through
 * {@code retrieve.Retrieval}: initials are named from the articles the rest of the question finds, and a short
 * follow-up is read alone when the picker's clause for it alone passes the evidence gate.
 */
package com.newsbot.bot.answer.question;
