package com.newsbot.retrieval.embed;

import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.Passage;
import com.newsbot.retrieval.read.IssueReader;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/**
 * The batched model against LangChain4j's own {@code BgeSmallZhV15QuantizedEmbeddingModel} on the seed issue's
 * real text: the same vectors within float tolerance, in the same order, for passages of every length in one
 * call, a single query, and a text longer than the model's window.
 */
class BgeSmallZhEmbeddingModelTest {
    private static final Path SEED = Path.of("../seeds/000_ca8ae608e85ef6a0.txt");
    private static BgeSmallZhEmbeddingModel batched;
    private static BgeSmallZhV15QuantizedEmbeddingModel library;
    private static List<String> passages;
    private static String wholeArticle;

    @BeforeAll
    static void load() throws Exception {
        batched = new BgeSmallZhEmbeddingModel();
        library = new BgeSmallZhV15QuantizedEmbeddingModel();
        Issue issue = new IssueReader().read(SEED);
        passages = new ArrayList<>();
        for (Article article : issue.articles()) {
            for (Passage passage : article.passages()) {
                passages.add(article.title() + "\n" + passage.text());
            }
        }
        wholeArticle = issue.articles().stream().map(Article::text).reduce("", (a, b) -> a.length() >= b.length() ? a : b);
    }

    @AfterAll
    static void close() {
        batched.close();
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    private static double maxAbsDifference(float[] a, float[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    @Test
    void passagesOfOneCallGetLangChain4jsVectorsInTheirOrder() {
        // given the seed's passages, of many lengths, in print order
        assertThat(passages).hasSizeGreaterThan(10);
        List<TextSegment> segments = passages.stream().map(TextSegment::from).toList();

        // when both models embed them
        List<Embedding> ours = batched.embedAll(segments).content();
        List<Embedding> theirs = library.embedAll(segments).content();

        // then each vector is the library's within the quantized model's tolerance, and not another passage's
        assertThat(ours).hasSameSizeAs(theirs);
        for (int i = 0; i < ours.size(); i++) {
            float[] a = ours.get(i).vector();
            float[] b = theirs.get(i).vector();
            assertThat(a).hasSize(BgeSmallZhEmbeddingModel.DIMENSION);
            assertThat(cosine(a, b)).as("passage %d: %s", i, passages.get(i)).isGreaterThan(0.99999);
            assertThat(maxAbsDifference(a, b)).as("passage %d", i).isLessThan(1e-4);
            if (i > 0) {
                assertThat(cosine(a, theirs.get(i - 1).vector())).isLessThan(0.99);
            }
        }
    }

    @Test
    void aSingleQueryGetsTheLibrarysVector() {
        String query = "为这个句子生成表示以用于检索相关文章：上汽在职的全国劳模有几位？";

        float[] ours = batched.embed(query).content().vector();
        float[] theirs = library.embed(query).content().vector();

        assertThat(cosine(ours, theirs)).isGreaterThan(0.99999);
        assertThat(maxAbsDifference(ours, theirs)).isLessThan(1e-4);
        double norm = 0;
        for (float v : ours) {
            norm += v * v;
        }
        assertThat(Math.sqrt(norm)).isCloseTo(1.0, offset(1e-5));
    }

    @Test
    void aTextLongerThanTheWindowIsCutAtTheWindowAsTheLibrarysTokenizerCutsIt() {
        // given the seed's longest article, well over the model's 512 tokens
        assertThat(wholeArticle.length()).isGreaterThan(1200);
        assertThat(batched.tokenize(wholeArticle)).hasSize(BgeSmallZhEmbeddingModel.WINDOW);

        // when
        float[] ours = batched.embed(wholeArticle).content().vector();
        float[] theirs = library.embed(wholeArticle).content().vector();

        // then
        assertThat(cosine(ours, theirs)).isGreaterThan(0.99999);
    }

    @Test
    void shortTextsAndAnEmptyOneGetUnitVectors() {
        List<Embedding> vectors = batched.embedAll(List.of(TextSegment.from("。"), TextSegment.from("劳模"))).content();

        assertThat(vectors).hasSize(2);
        assertThat(cosine(vectors.get(0).vector(), library.embed("。").content().vector())).isGreaterThan(0.99999);
        assertThat(cosine(vectors.get(1).vector(), library.embed("劳模").content().vector())).isGreaterThan(0.99999);
        float[] empty = batched.embed("").content().vector();
        assertThat(empty).hasSize(BgeSmallZhEmbeddingModel.DIMENSION);
        assertThat(cosine(empty, empty)).isCloseTo(1.0, offset(1e-5));
    }

    @Test
    void batchesOfSeveralTextsStillKeepEachTextsOwnVectorInItsPlace() {
        // given a model that runs up to 8 texts a call, padded to the longest
        try (BgeSmallZhEmbeddingModel eight = new BgeSmallZhEmbeddingModel(
                new BgeSmallZhEmbeddingModel.Settings(4096, 8, 1, 2))) {
            List<TextSegment> segments = passages.stream().map(TextSegment::from).toList();

            // when
            List<Embedding> ours = eight.embedAll(segments).content();

            // then each vector is near its own passage's (the quantized model scales a batch's activations together)
            List<Embedding> theirs = library.embedAll(segments).content();
            for (int i = 0; i < ours.size(); i++) {
                assertThat(cosine(ours.get(i).vector(), theirs.get(i).vector())).as("passage %d", i).isGreaterThan(0.97);
            }
        }
    }
}
