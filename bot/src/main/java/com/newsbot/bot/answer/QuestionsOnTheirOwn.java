package com.newsbot.bot.answer;

import com.newsbot.bot.answer.candidates.ArticleReader;
import com.newsbot.bot.answer.candidates.SpanPicker;
import com.newsbot.bot.answer.model.ModelPassages;
import com.newsbot.bot.answer.question.Asked;
import com.newsbot.bot.answer.question.IssueScope;
import com.newsbot.bot.answer.question.Question;
import com.newsbot.bot.answer.retrieve.Evidence;
import com.newsbot.bot.answer.retrieve.Evidences;
import com.newsbot.bot.answer.retrieve.Paper;
import com.newsbot.bot.answer.retrieve.Retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The readings of a plain question ({@link #readings}: retrieval's first articles read whole, more of them from the
 * widened search when the latest report is asked for), and the stages of {@link AnswerComposer#answer} run on a question
 * asked on its own for the commands that measure them: what a model would be shown ({@code eval --context}), what the
 * reader reads ({@code newsbot train}), the picker's best clause before the evidence gate.
 */
final class QuestionsOnTheirOwn {
    /** Articles read for a question that asks for the latest report of a story (every issue's report counts). */
    static final int RECENT_ARTICLES = 8;

    private final Paper paper;
    private final Evidences evidences;

    QuestionsOnTheirOwn(Paper paper, Evidences evidences) {
        this.paper = paper;
        this.evidences = evidences;
    }

    /**
     * What reading retrieval's first articles whole finds for {@code asked} (searched as {@code query}): the articles of
     * {@code found}, or of the widened search when the latest report is asked for.
     */
    List<ArticleReader.Reading> readings(Retrieval retrieval, ArticleReader reader, Asked asked, List<Evidence> found,
                                         String query) {
        return asked.recent()
                ? reader.read(asked, evidences.of(retrieval.widened(query), ""), RECENT_ARTICLES)
                : reader.read(asked, found);
    }

    /** The passages a model is shown for {@code question}. */
    List<String> modelContext(String question) {
        String asked = question == null ? "" : question.strip();
        if (asked.isEmpty()) {
            return List.of();
        }
        Asked reading = Asked.of(asked);
        Retrieval retrieval = new Retrieval(paper, Set.of());
        List<Evidence> found = evidences.of(retrieval.passages(asked, reading.recent()), "");
        List<String> out = new ArrayList<>();
        ArticleReader reader = new ArticleReader(paper.weights(), paper);
        for (Evidence e : ModelPassages.of(readings(retrieval, reader, reading, found, asked), found)) {
            out.add(e.title() + "\n" + e.text());
        }
        return out;
    }

    /** {@code question}, asked on its own, read the way a plain question is. */
    AnswerComposer.Read read(String question) {
        String asked = question.strip();
        String read = IssueScope.unscoped(asked);
        Asked reading = Asked.of(read, "");
        ArticleReader reader = new ArticleReader(paper.weights(), paper, asked);
        Retrieval retrieval = new Retrieval(paper, Set.of());
        return new AnswerComposer.Read(reading, reader, readings(retrieval, reader, reading,
                evidences.of(retrieval.passages(asked, reading.recent()), ""), asked));
    }

    /** The picker's best clause for {@code question}, before the evidence gate. */
    Optional<SpanPicker.Pick> bestClause(String question) {
        Question q = Question.of(question);
        return new SpanPicker(paper.weights()).best(q, evidences.of(paper.retrieve(question), ""));
    }
}
