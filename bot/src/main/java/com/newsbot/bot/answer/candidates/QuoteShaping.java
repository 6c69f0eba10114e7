package com.newsbot.bot.answer.candidates;

import com.newsbot.bot.answer.language.Texts;
import com.newsbot.bot.answer.question.Question;

import java.util.List;

/**
 * How a picked window becomes a quote ({@link SpanPicker}): grown to its sentence or the clauses after it, widened back
 * to a pronoun's antecedent, joined with the sentence it needs, trimmed at a clause break. Stateless.
 */
final class QuoteShaping {
    private QuoteShaping() {
    }

    /** The whole sentence when it is short enough; else the window and the clauses after it, up to {@link SpanPicker#MAX_QUOTE}. */
    static SpanPicker.Pick grow(SpanPicker.Pick pick, Texts.Range sentence) {
        if (sentence.length() <= SpanPicker.MAX_QUOTE) {
            return pick.withRange(sentence.start(), sentence.end());
        }
        String text = pick.evidence().text();
        int to = pick.to();
        for (Texts.Range clause : Texts.clauses(text, sentence)) {
            if (clause.start() >= to && clause.end() - pick.from() <= SpanPicker.MAX_QUOTE) {
                to = clause.end();
            } else if (clause.start() >= to) {
                break;
            }
        }
        return pick.withRange(pick.from(), to);
    }

    /** A quote that starts with a pronoun takes the clause before it, so the answer names who or what it is about. */
    static SpanPicker.Pick widen(SpanPicker.Pick pick) {
        String text = pick.evidence().text();
        int from = pick.from();
        if (from > 0 && SpanPicker.PRONOUN_STARTS.indexOf(text.charAt(from)) >= 0 && "。！？!?\n".indexOf(text.charAt(from - 1)) < 0) {
            int prev = from - 1;
            while (prev > 0 && "，,：:；; ".indexOf(text.charAt(prev)) >= 0) {
                prev--;
            }
            int start = prev;
            while (start > 0 && "，,：:；;。！？!?\n".indexOf(text.charAt(start - 1)) < 0) {
                start--;
            }
            if (start < from && pick.to() - start <= SpanPicker.MAX_WIDENED) {
                return pick.withRange(start, pick.to());
            }
        } else if (from > 0 && SpanPicker.PRONOUN_STARTS.indexOf(text.charAt(from)) >= 0) {
            Texts.Range previous = null;
            for (Texts.Range r : Texts.sentences(text)) {
                if (r.end() <= from) {
                    previous = r;
                }
            }
            if (previous != null && pick.to() - previous.start() <= SpanPicker.MAX_WIDENED) {
                return pick.withRange(previous.start(), pick.to());
            }
        }
        return pick;
    }

    /**
     * A quote that needs the sentence next to it takes it, when the two stay within {@link SpanPicker#MAX_PAIR}: one
     * that opens by pointing back (所以…, 在此背景下…) takes the sentence before it; one that lacks the kind of
     * answer the question asks for takes the adjacent sentence that holds it; a short one answering a
     * why / how / what question takes the sentence after it, which usually goes on with the answer.
     */
    static SpanPicker.Pick neighbour(Question q, SpanPicker.Pick pick) {
        String text = pick.evidence().text();
        List<Texts.Range> sentences = Texts.sentences(text);
        int at = -1;
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).start() <= pick.from() && pick.from() < sentences.get(i).end()) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return pick;
        }
        Texts.Range previous = at > 0 ? sentences.get(at - 1) : null;
        Texts.Range next = null;
        for (int i = at; i < sentences.size(); i++) {
            if (sentences.get(i).start() >= pick.to()) {
                next = sentences.get(i);
                break;
            }
        }
        String quote = text.substring(pick.from(), pick.to());
        if (previous != null && SpanPicker.BACK_REFERENCE.matcher(quote).find() && pick.to() - previous.start() <= SpanPicker.MAX_PAIR) {
            return pick.withRange(previous.start(), pick.to());
        }
        if (q.kind().typed() && !q.kind().answeredIn(quote, q.text())) {
            if (next != null && q.kind().answeredIn(text.substring(next.start(), next.end()), q.text())
                    && next.end() - pick.from() <= SpanPicker.MAX_PAIR) {
                return pick.withRange(pick.from(), next.end());
            }
            if (previous != null && q.kind().answeredIn(text.substring(previous.start(), previous.end()), q.text())
                    && pick.to() - previous.start() <= SpanPicker.MAX_PAIR) {
                return pick.withRange(previous.start(), pick.to());
            }
        }
        if (!q.kind().typed() && quote.length() <= SpanPicker.SHORT_QUOTE && next != null && next.end() - pick.from() <= SpanPicker.MAX_PAIR) {
            return pick.withRange(pick.from(), next.end());
        }
        return pick;
    }

    /** A quote that stops at a clause break ends before the comma: 副主任仇杰， → 副主任仇杰. */
    static SpanPicker.Pick trimEnd(SpanPicker.Pick p) {
        int to = p.to();
        String text = p.evidence().text();
        while (to > p.from() + 1 && "，,：:；;、 ".indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        return p.withRange(p.from(), to);
    }
}
