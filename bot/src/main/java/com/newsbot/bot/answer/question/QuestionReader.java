package com.newsbot.bot.answer.question;

import com.newsbot.bot.answer.Turn;
import com.newsbot.bot.answer.candidates.SpanPicker;
import com.newsbot.bot.answer.decide.ExtractiveAnswerer;
import com.newsbot.bot.answer.retrieve.Evidence;
import com.newsbot.bot.answer.retrieve.Evidences;
import com.newsbot.bot.answer.retrieve.Retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The question stage of a plain question to the paper: its text and the chat's earlier turns in, the one typed question
 * ({@link Asked}) the later stages read out, each text read once. Initials are named (zns → 钟南山, {@link NameInitials}),
 * a follow-up is read with the turns before it ({@link FollowUps}), unless it stands alone, and the question is read
 * as written (what the picker reads) and with its chat words rewritten (what the reader reads).
 */
public final class QuestionReader {
    private final Evidences evidences;
    private final ExtractiveAnswerer extractive;
    private final FollowUps followUps = new FollowUps();

    public QuestionReader(Evidences evidences, ExtractiveAnswerer extractive) {
        this.evidences = Objects.requireNonNull(evidences, "evidences");
        this.extractive = Objects.requireNonNull(extractive, "extractive");
    }

    /** {@code asked} with initials named as the articles the rest of it finds name them: zns的母校是哪所 → 钟南山的母校是哪所. */
    public String withNames(String asked, Retrieval retrieval) {
        return NameInitials.expand(asked, rest -> {
            List<String> texts = new ArrayList<>();
            for (Evidence e : evidences.of(retrieval.passages(rest), "")) {
                if (texts.size() < 2 * NameInitials.ARTICLES) {
                    texts.add(e.title());
                    texts.add(e.text().length() > 200 ? e.text().substring(0, 200) : e.text());
                }
            }
            return texts;
        });
    }

    /**
     * A question resolved against the turns before it.
     *
     * @param resolved what it is searched and read with
     * @param own      the question as written, read once when earlier turns may carry into it (null when nothing
     *                 needed it): whether it leans on them, whether it stands alone, and what the picker reads when
     *                 nothing is carried
     */
    public record Resolution(FollowUps.Resolved resolved, Question own) {
    }

    /**
     * {@code asked} read with the chat's earlier {@code turns}, or with {@code topic} (when not blank: the headline of the
     * story a conversation is about); a short follow-up that the paper answers on its own (the picker finds its clause
     * among the passages it finds alone) is read alone.
     */
    public Resolution resolve(String asked, List<Turn> turns, String topic, Retrieval retrieval, SpanPicker picker) {
        if (!topic.isEmpty()) {
            return new Resolution(new FollowUps.Resolved(asked, topic + " " + asked, topic, "", false), null);
        }
        if (turns.isEmpty()) {
            return new Resolution(new FollowUps.Resolved(asked, asked, "", "", false), null);
        }
        Question own = Question.of(asked);
        FollowUps.Resolved resolved = followUps.resolve(asked, own, turns);
        if (resolved.mayStandAlone()
                && extractive.pick(own, evidences.of(retrieval.passages(asked), ""), picker).isPresent()) {
            resolved = resolved.alone();
        }
        return new Resolution(resolved, own);
    }

    /**
     * The one typed question the stages after this one read: {@code read} (the question {@code asked} without the issue
     * it names, which retrieval reads and readers do not) as written and rewritten, with what {@code resolution} carries;
     * each text read once ({@code latestWord} false: as if it did not ask for the latest report, for measuring).
     */
    public Asked typed(String read, String asked, Resolution resolution, boolean latestWord) {
        String context = resolution.resolved().context();
        Question literal = resolution.own() != null && read.equals(asked) && context.isEmpty() ? resolution.own()
                : Question.of(read, context);
        Asked reading = Asked.of(read, context, literal);
        return latestWord ? reading : reading.anyDate();
    }
}
