package com.newsbot.bot.answer.english;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerComposer;
import com.newsbot.bot.answer.AnswerMode;
import com.newsbot.bot.answer.model.LlmAnswerer;
import com.newsbot.bot.answer.model.ModelCalls;
import com.newsbot.bot.answer.model.ModelPassages;
import com.newsbot.bot.answer.retrieve.Evidence;
import com.newsbot.bot.answer.retrieve.Evidences;
import com.newsbot.bot.answer.retrieve.Paper;
import com.newsbot.retrieval.ChineseScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A question with no Chinese in it: answered by the model from the passages retrieval finds when one is configured,
 * otherwise asked again in Chinese and answered offline as a Chinese question is; failing both, a reply in English
 * saying the paper is Chinese, with a search for the names and numbers it holds.
 */
public final class ForeignQuestions {
    private static final Logger log = LoggerFactory.getLogger(ForeignQuestions.class);

    private final Paper paper;
    private final Prompts prompts;
    private final Evidences evidences;
    /** The model's answerer and its calls' deadline; both null without a model. */
    private final LlmAnswerer llm;
    private final ModelCalls calls;
    /** The question asked again in Chinese, and the offline answer to a Chinese question. */
    private final EnglishQuestions english;
    private final Function<String, Answer> chinese;

    public ForeignQuestions(Paper paper, Prompts prompts, Evidences evidences, LlmAnswerer llm, ModelCalls calls,
                     EnglishQuestions english, Function<String, Answer> chinese) {
        this.paper = paper;
        this.prompts = prompts;
        this.evidences = evidences;
        this.llm = llm;
        this.calls = calls;
        this.english = english;
        this.chinese = chinese;
    }

    /**
     * A question with no Chinese in it. With a model, the model answers from the passages retrieval finds for it (the
     * embeddings and its Latin names and numbers find them), in the question's language. Offline, the question is asked
     * again in Chinese ({@link EnglishQuestions}) and answered as a Chinese question is, after an
     * English lead-in; when that finds nothing, a reply in English says so (and how the question was read in Chinese),
     * or, when too little of it could be read, that the paper is Chinese; either suggests a search for the question's
     * names and numbers that the paper holds.
     */
    public Answer answer(String asked, long start, long deadline) {
        int[] searches = {0};
        try {
            return answer(asked, start, deadline, searches);
        } finally {
            log.debug("searches for one English question: {} (the question asked in Chinese logs its own)", searches[0]);
        }
    }

    private Answer answer(String asked, long start, long deadline, int[] searches) {
        if (llm != null) {
            searches[0]++;
            List<Evidence> shown = evidences.of(paper.retrieve(asked), "");
            shown = shown.subList(0, Math.min(ModelPassages.MODEL_PASSAGES, shown.size()));
            List<Evidence> passages = shown;
            Optional<Answer> generated = calls.within(deadline, "answer", () -> llm.answer(asked, passages, start)).flatMap(a -> a);
            if (generated.isPresent()) {
                Answer a = generated.get();
                return new Answer(asked, true, a.text(), AnswerMode.LLM, a.citations(), List.of(), AnswerComposer.millisSince(start));
            }
        }
        Optional<EnglishQuestions.Reading> reading = english.read(asked);
        searches[0] += reading.map(EnglishQuestions.Reading::searches).orElse(0);
        Optional<String> inChinese = reading.map(EnglishQuestions.Reading::question);
        log.debug("English question {} asked in Chinese: {}", asked, inChinese.orElse("(too few words found)"));
        Optional<Answer> read = reading.map(r -> chinese.apply(r.question())).filter(Answer::found)
                .filter(a -> holdsNames(a, reading.get().names()));
        if (read.isPresent()) {
            Answer a = read.get();
            String text = prompts.render("answer-foreign-found.en.txt", Map.of("answer", a.text()));
            return new Answer(asked, true, text, a.mode(), a.citations(), a.related(), AnswerComposer.millisSince(start),
                    a.shortAnswer());
        }
        List<String> held = new ArrayList<>();
        List<com.newsbot.retrieval.ArticleHit> related = new ArrayList<>();
        java.util.regex.Matcher m = LATIN_NAME.matcher(asked);
        while (m.find() && held.size() < 4) {
            String name = m.group();
            if (english.functionWord(name) || held.contains(name)) {
                continue;
            }
            searches[0]++;
            for (com.newsbot.retrieval.ArticleHit hit : paper.related(name, 1)) {
                String text = (hit.article().title() + "\n" + hit.article().text()).toLowerCase(java.util.Locale.ROOT);
                if (text.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    held.add(name);
                    if (related.stream().noneMatch(r -> r.article().id().equals(hit.article().id()))) {
                        related.add(hit);
                    }
                }
            }
        }
        String search = held.isEmpty() ? "" : prompts.render("answer-foreign-search.en.txt", Map.of("terms", String.join(" ", held)));
        String text = inChinese.isPresent()
                ? prompts.render("answer-foreign-not-found.en.txt", Map.of("chinese", inChinese.get(), "search", search))
                : prompts.render("answer-foreign.en.txt", Map.of("search", search));
        return new Answer(asked, false, text, AnswerMode.EXTRACTIVE, List.of(), related, AnswerComposer.millisSince(start));
    }

    /**
     * Whether the article an answer cites first holds every name the English question gave (in Chinese; a longer one at
     * least its first two characters: 美国人 → 美国): an answer about 国家主席 is no answer to a question about the
     * president of another country.
     */
    private boolean holdsNames(Answer answer, List<String> names) {
        if (names.isEmpty() || answer.citations().isEmpty()) {
            return true;
        }
        Optional<com.newsbot.retrieval.Article> article = paper.article(answer.citations().get(0).articleId());
        if (article.isEmpty()) {
            return true;
        }
        com.newsbot.retrieval.Article a = article.get();
        String text = ChineseScript.toSimplified(a.title() + "\n" + a.subtitle() + "\n" + a.text());
        return names.stream().allMatch(n -> text.contains(n) || (n.length() > 2 && text.contains(n.substring(0, 2))));
    }

    /** A name or number written in Latin letters or digits: what a Chinese search can find of a foreign question. */
    private static final java.util.regex.Pattern LATIN_NAME = java.util.regex.Pattern.compile(
            "\\b(?:[A-Z][A-Za-z0-9&\\-]*[A-Za-z0-9]|[A-Za-z]*\\d[A-Za-z0-9\\-]*)\\b");
}
