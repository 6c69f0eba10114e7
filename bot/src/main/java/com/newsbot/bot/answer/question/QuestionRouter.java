package com.newsbot.bot.answer.question;

import com.newsbot.bot.answer.language.Colloquial;
import com.newsbot.bot.answer.language.Texts;
import com.newsbot.retrieval.ChineseScript;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one way in for messages that are not commands: turns a message into an {@link Intent}. Small talk, a question
 * about the whole latest issue, a message with no Chinese in it, and questions to the paper in their forms (the N-th
 * story, who wrote an article, a definition, anything else). Stateless and thread-safe.
 */
public final class QuestionRouter {
    /** Small talk that is the whole message (trailing punctuation, tildes and emoji aside), not a question. */
    private static final Pattern GREETING = wholeMessage(
            "你好|您好|你好呀|哈喽|嗨|在吗|在不在|早上好|早安|上午好|中午好|下午好|晚上好|hi|hello|hey");
    private static final Pattern THANKS = wholeMessage(
            "(?:好的[，,]?\\s*)?(?:谢谢|谢谢你|谢谢您|多谢|感谢|非常感谢|谢啦|谢了)|thanks|thank you|thx");
    private static final Pattern ACKNOWLEDGED = wholeMessage("好的|好|ok|okay|嗯|嗯嗯|明白了|知道了|收到");
    private static final Pattern GOODBYE = wholeMessage("再见|拜拜|bye|回头见");
    private static final Pattern DEFINITION = Pattern.compile("^什么是|^啥是|是什么意思|是啥意思|指的是什么|是指什么|指什么");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    /** The intent of {@code message} (not blank, not a command). */
    public Intent route(String message) {
        String text = ChineseScript.toSimplified(message.strip());
        Optional<Intent.Talk> talk = smallTalk(text);
        if (talk.isPresent()) {
            return new Intent.SmallTalk(talk.get());
        }
        if (foreignText(text)) {
            return new Intent.Foreign(message.strip());
        }
        Optional<IssueQuestions.Kind> wholeIssue = IssueQuestions.of(Colloquial.get().rewrite(text)); // 讲了啥
        if (wholeIssue.isPresent()) {
            return new Intent.WholeIssue(wholeIssue.get() == IssueQuestions.Kind.CONTENTS
                    ? Intent.Aspect.CONTENTS : Intent.Aspect.FACTS);
        }
        return new Intent.Ask(message.strip(), form(text));
    }

    /**
     * Whether {@link #route} reads {@code message} as in a foreign language ({@link Intent.Foreign}), without reading
     * what else it may be: for the answer path, which is given questions to the paper.
     */
    public boolean foreign(String message) {
        String text = ChineseScript.toSimplified(message.strip());
        return smallTalk(text).isEmpty() && foreignText(text);
    }

    /** The small talk {@code text} (simplified) is in whole, if it is. */
    private static Optional<Intent.Talk> smallTalk(String text) {
        if (GREETING.matcher(text).matches()) {
            return Optional.of(Intent.Talk.GREETING);
        }
        if (THANKS.matcher(text).matches()) {
            return Optional.of(Intent.Talk.THANKS);
        }
        if (ACKNOWLEDGED.matcher(text).matches()) {
            return Optional.of(Intent.Talk.ACKNOWLEDGED);
        }
        if (GOODBYE.matcher(text).matches()) {
            return Optional.of(Intent.Talk.GOODBYE);
        }
        return Optional.empty();
    }

    /** Whether {@code text} (simplified) has letters and no Chinese. */
    private static boolean foreignText(String text) {
        return !hasChinese(text) && LETTER.matcher(text).find();
    }

    /** The form of a question to the paper (read in simplified characters). */
    static Intent.Form form(String simplified) {
        if (Ordinals.position(simplified).isPresent()) {
            return Intent.Form.NTH_STORY;
        }
        if (Bylines.subject(simplified).isPresent()) {
            return Intent.Form.BYLINE;
        }
        if (DEFINITION.matcher(simplified).find()) {
            return Intent.Form.DEFINITION;
        }
        return Intent.Form.PLAIN;
    }

    static boolean hasChinese(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Texts.isCjk(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Pattern wholeMessage(String phrases) {
        return Pattern.compile("(?:" + phrases + ")[\\s!！。.,，~～?？:：)）(（\\p{So}\\p{Sk}\\p{M}\\p{Cf}]*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
