package com.newsbot.bot.answer.retrieve;

import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ArticleHit;
import com.newsbot.retrieval.Issue;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** One question's searches: each run once, the widened one counted, the scope's passages searched within it. */
class RetrievalTest {

    /** A paper that answers every search with one passage naming it, and remembers the searches it ran. */
    private static final class CountingPaper implements Paper {
        final List<String> searched = new ArrayList<>();

        @Override
        public List<Content> retrieve(String query) {
            searched.add("narrow " + query);
            return List.of(Content.from(TextSegment.from("narrow " + query)));
        }

        @Override
        public List<Content> retrieveWide(String query) {
            searched.add("wide " + query);
            return List.of(Content.from(TextSegment.from("wide " + query)));
        }

        @Override
        public List<List<Content>> retrieveAndWiden(String query) {
            searched.add("both " + query);
            return List.of(List.of(Content.from(TextSegment.from("narrow " + query))),
                    List.of(Content.from(TextSegment.from("wide " + query))));
        }

        @Override
        public List<ArticleHit> related(String query, int maxResults) {
            return List.of();
        }

        @Override
        public TermWeights weights() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Article> article(String articleId) {
            return Optional.empty();
        }

        @Override
        public List<Issue> issues() {
            return List.of();
        }

        @Override
        public Optional<Article> host(String sidebarId) {
            return Optional.empty();
        }
    }

    @Test
    void aQuerySearchedAgainIsGivenWhatTheFirstSearchFound() {
        CountingPaper paper = new CountingPaper();
        Retrieval retrieval = new Retrieval(paper, Set.of());

        List<Content> first = retrieval.passages("仇杰是哪个单位的");
        List<Content> again = retrieval.passages("仇杰是哪个单位的");

        assertThat(again).isSameAs(first);
        assertThat(paper.searched).containsExactly("narrow 仇杰是哪个单位的");
        assertThat(retrieval.searches()).isEqualTo("2 asked, 1 run, 0 widened");
    }

    @Test
    void theWidenedSearchIsItsOwnAndCounted() {
        CountingPaper paper = new CountingPaper();
        Retrieval retrieval = new Retrieval(paper, Set.of());

        retrieval.passages("最新确诊多少例");
        retrieval.widened("最新确诊多少例");
        retrieval.wholePaper("最新确诊多少例");

        assertThat(paper.searched).containsExactly("narrow 最新确诊多少例", "wide 最新确诊多少例");
        assertThat(retrieval.searches()).isEqualTo("3 asked, 2 run, 1 widened");
    }

    @Test
    void withinAScopeWhoseArticlesAreUnknownNothingIsSearchedButTheWholePaperStillIs() {
        CountingPaper paper = new CountingPaper();
        Retrieval retrieval = new Retrieval(paper, Set.of("no-such-article"));

        assertThat(retrieval.passages("谁写的")).isEmpty();
        assertThat(retrieval.widened("谁写的")).isEmpty();
        assertThat(retrieval.wholePaper("谁写的")).hasSize(1);

        assertThat(paper.searched).containsExactly("narrow 谁写的");
        assertThat(retrieval.searches()).isEqualTo("3 asked, 1 run, 0 widened");
    }

    @Test
    void aQuestionForTheLatestReportIsSearchedOnceForItsPassagesAndTheWidenedOnes() {
        CountingPaper paper = new CountingPaper();
        Retrieval retrieval = new Retrieval(paper, Set.of());

        List<Content> best = retrieval.passages("最新确诊多少例", true);
        List<Content> wider = retrieval.widened("最新确诊多少例");

        assertThat(best).extracting(c -> c.textSegment().text()).containsExactly("narrow 最新确诊多少例");
        assertThat(wider).extracting(c -> c.textSegment().text()).containsExactly("wide 最新确诊多少例");
        assertThat(paper.searched).containsExactly("both 最新确诊多少例");
        assertThat(retrieval.searches()).isEqualTo("2 asked, 1 run, 1 widened");
    }
}
