package com.newsbot.bot.chat;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.Citation;
import com.newsbot.bot.ops.Meters;
import com.newsbot.bot.state.BotState;
import com.newsbot.bot.state.LoggedQuestion;
import com.newsbot.bot.state.StateException;
import com.newsbot.bot.state.Vote;
import com.newsbot.bot.state.Votes;
import com.newsbot.bot.summary.IssueSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link ConversationHandler} with what readers leave behind, for every front end alike: each answered question
 * goes to the editors' log (no user id), gets an id readers vote on (👍/👎 buttons, {@code /good}, {@code /bad}),
 * and {@code /subscribe} / {@code /unsubscribe} keep the chat on the list new issues are announced to. When the state
 * is off, those features say so politely and answering goes on. Thread-safe.
 */
public final class RecordedConversation {
    static final int RECENT_ANSWERS = 5000;
    static final int LAST_ANSWERS = ConversationHandler.DEFAULT_CONVERSATIONS;
    private static final Logger log = LoggerFactory.getLogger(RecordedConversation.class);

    /** What a vote did, and what to tell the reader. */
    public record VoteOutcome(boolean recorded, String message) {
    }

    /** An answer readers can still vote on. */
    private record Answered(String question, String answer, String mode, List<String> articleIds, String frontEnd) {
    }

    private final ConversationHandler handler;
    private final IssueSummaries summaries;
    private final BotState state;
    private final Prompts prompts;
    /** For a conversation that announces nothing: no issue summaries. */
    public static final IssueSummaries NO_SUMMARIES = IssueSummaries.of(java.util.Optional::empty, id -> java.util.Optional.empty());

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Answered> recent = lru(RECENT_ANSWERS);
    private final Map<String, String> lastAnswerOf = lru(LAST_ANSWERS);

    public RecordedConversation(ConversationHandler handler, IssueSummaries summaries, BotState state, Prompts prompts) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.summaries = Objects.requireNonNull(summaries, "summaries");
        this.state = Objects.requireNonNull(state, "state");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
    }

    public ConversationHandler handler() {
        return handler;
    }

    public BotState state() {
        return state;
    }

    /** Answers one message from {@code reader}; the feedback and subscription commands are taken here. */
    public Exchange handle(Reader reader, String text) {
        String command = command(text);
        switch (command) {
            case "/good", "/bad" -> {
                return new Exchange(Reply.text(voteOnLast(reader, command.equals("/good"))), null);
            }
            case "/subscribe" -> {
                return new Exchange(Reply.text(subscribe(reader, true)), null);
            }
            case "/help" -> {
                return new Exchange(Reply.text(help(reader)), null);
            }
            case "/start" -> {
                return new Exchange(Reply.text(prompts.text("chat-welcome.zh.txt") + "\n\n" + help(reader)), null);
            }
            case "/unsubscribe" -> {
                return new Exchange(Reply.text(subscribe(reader, false)), null);
            }
            default -> {
                Answer[] answered = new Answer[1];
                long started = System.nanoTime();
                Reply reply;
                try {
                    reply = handler.handle(new IncomingMessage(reader.conversationId(), text), answer -> answered[0] = answer);
                } catch (RuntimeException e) {
                    Meters.question(reader.frontEnd(), Meters.Question.ERROR, Duration.ofNanos(System.nanoTime() - started));
                    throw e;
                }
                if (answered[0] == null) {
                    return new Exchange(reply, null);
                }
                long latencyMs = (System.nanoTime() - started) / 1_000_000;
                Meters.question(reader.frontEnd(), answered[0].found() ? Meters.Question.ANSWERED : Meters.Question.NOT_FOUND,
                        Duration.ofNanos(System.nanoTime() - started));
                return new Exchange(reply, record(reader, answered[0], latencyMs));
            }
        }
    }

    /** Records a vote by {@code reader} on the answer {@code answerId}: a first vote, or a changed one. */
    public VoteOutcome vote(Reader reader, String answerId, boolean up) {
        if (!state.available()) {
            return new VoteOutcome(false, prompts.text("state-off.zh.txt"));
        }
        Optional<Answered> answered = lookUp(answerId);
        if (answered.isEmpty()) {
            return new VoteOutcome(false, prompts.text("feedback-unknown.zh.txt"));
        }
        Answered a = answered.get();
        try {
            Votes.Outcome outcome = state.votes().record(new Vote(answerId, state.userHash(reader.frontEnd(), reader.userId()),
                    up, a.question(), a.answer(), a.mode(), a.articleIds(), reader.frontEnd(), Instant.now()));
            log.info("Vote {} on answer {} from {}: {}", up ? "up" : "down", answerId, reader.frontEnd(), outcome);
            return new VoteOutcome(true, outcome == Votes.Outcome.CHANGED
                    ? prompts.render("feedback-changed.zh.txt", Map.of("vote",
                    prompts.text(up ? "feedback-up.zh.txt" : "feedback-down.zh.txt")))
                    : prompts.text("feedback-thanks.zh.txt"));
        } catch (StateException e) {
            log.error("Recording a vote failed: {}", e.getMessage());
            return new VoteOutcome(false, prompts.text("chat-error.zh.txt"));
        }
    }

    /** The announcement of issue {@code issueId}: its summary under a heading; empty when it is no longer the latest. */
    public Optional<Reply> announcement(String issueId) {
        Optional<IssueSummary> latest;
        try {
            latest = summaries.latest();
        } catch (RuntimeException e) {
            log.error("Summarizing the latest issue for its announcement failed", e);
            return Optional.empty();
        }
        if (latest.isEmpty() || !latest.get().issueId().equals(issueId)) {
            return Optional.empty();
        }
        Reply summary = handler.handle(new IncomingMessage("announcement", "/latest"));
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(Paragraph.of(Span.bold(prompts.text("announce-heading.zh.txt"))));
        paragraphs.addAll(summary.paragraphs());
        return Optional.of(new Reply(paragraphs, summary.buttons()));
    }

    private String record(Reader reader, Answer answer, long latencyMs) {
        String answerId = newAnswerId();
        List<String> articleIds = answer.citations().stream().map(Citation::articleId).distinct().toList();
        String mode = answer.mode() == null ? null : answer.mode().jsonName();
        String text = answer.text() == null ? "" : answer.text();
        synchronized (this) {
            recent.put(answerId, new Answered(answer.question() == null ? "" : answer.question(), text, mode, articleIds,
                    reader.frontEnd()));
            lastAnswerOf.put(reader.conversationId(), answerId);
        }
        if (state.logsQuestions()) {
            boolean found = answer.found() && !answer.citations().isEmpty();
            Citation main = answer.citations().isEmpty() ? null : answer.citations().get(0);
            try {
                state.questions().record(new LoggedQuestion(answerId, Instant.now(), reader.frontEnd(),
                        answer.question() == null ? "" : answer.question(), found, mode, latencyMs, text,
                        main == null ? null : main.articleId(), main == null ? null : main.title(), articleIds));
            } catch (StateException e) {
                log.error("Logging a question failed (the answer was still given): {}", e.getMessage());
            }
        }
        return answerId;
    }

    private Optional<Answered> lookUp(String answerId) {
        synchronized (this) {
            Answered known = recent.get(answerId);
            if (known != null) {
                return Optional.of(known);
            }
        }
        try {
            return state.questions().byAnswerId(answerId).map(q -> new Answered(q.question(),
                    q.answer() == null ? "" : q.answer(), q.mode(), q.articleIds(), q.frontEnd()));
        } catch (StateException e) {
            log.error("Looking up answer {} failed: {}", answerId, e.getMessage());
            return Optional.empty();
        }
    }

    private String voteOnLast(Reader reader, boolean up) {
        String answerId;
        synchronized (this) {
            answerId = lastAnswerOf.get(reader.conversationId());
        }
        if (answerId == null) {
            return state.available() ? prompts.text("feedback-no-answer.zh.txt") : prompts.text("state-off.zh.txt");
        }
        return vote(reader, answerId, up).message();
    }

    private String subscribe(Reader reader, boolean subscribe) {
        if (!reader.announceable()) {
            return prompts.text("subscribe-unsupported.zh.txt");
        }
        if (!state.available()) {
            return prompts.text("state-off.zh.txt");
        }
        try {
            if (subscribe) {
                boolean added = state.subscriptions().subscribe(reader.frontEnd(), reader.chatId());
                log.info("Chat {} on {} {}", reader.chatId(), reader.frontEnd(), added ? "subscribed" : "was already subscribed");
                return prompts.text(added ? "subscribe-done.zh.txt" : "subscribe-already.zh.txt");
            }
            boolean removed = state.subscriptions().unsubscribe(reader.frontEnd(), reader.chatId());
            log.info("Chat {} on {} {}", reader.chatId(), reader.frontEnd(), removed ? "unsubscribed" : "was not subscribed");
            return prompts.text(removed ? "unsubscribe-done.zh.txt" : "unsubscribe-not.zh.txt");
        } catch (StateException e) {
            log.error("Changing the subscription of chat {} failed: {}", reader.chatId(), e.getMessage());
            return prompts.text("chat-error.zh.txt");
        }
    }

    /** The commands every front end has, then what only the reader's front end has ({@code chat-help-<front end>.zh.txt}). */
    private String help(Reader reader) {
        String common = prompts.text("chat-help.zh.txt").strip();
        String own = "chat-help-" + reader.frontEnd() + ".zh.txt";
        return prompts.exists(own) ? common + "\n" + prompts.text(own).strip() : common;
    }

    /** The command word of a message, lower case ({@code ""} when the message is not a command). */
    private static String command(String text) {
        String stripped = text.strip();
        if (!stripped.startsWith("/")) {
            return "";
        }
        int end = 0;
        while (end < stripped.length() && !Character.isWhitespace(stripped.charAt(end))) {
            end++;
        }
        return stripped.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** A short random id (11 characters), so callback data {@code v:u:<id>} stays far under 64 bytes. */
    private String newAnswerId() {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static <V> Map<String, V> lru(int max) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > max;
            }
        };
    }
}
