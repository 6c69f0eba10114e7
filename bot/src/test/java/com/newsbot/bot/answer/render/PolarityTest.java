package com.newsbot.bot.answer.render;

import com.newsbot.bot.answer.language.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PolarityTest {
    @ParameterizedTest(name = "{0} against {1}: no = {2}")
    @CsvSource(delimiter = '|', value = {
            // the text negates a plain question
            "新工厂投产了吗？|新工厂因疫情暂停投产。|true",
            "工会还发补贴吗|公司宣布不再发放补贴。|true",
            "员工能带家属参观吗|厂区严禁外来人员进入。|true",
            // the text says it as asked
            "新工厂投产了吗？|新工厂已于3月正式投产。|false",
            "是不是所有车间都复工了？|所有车间均已复工。|false",
            // a negated question: the text agrees (yes) or says the contrary (no)
            "是不是还没复工？|目前尚未复工。|false",
            "是不是就不考核了|考核仍将照常进行。|true",
            // words that begin with a negation character but do not negate
            "展会还办吗|展会不断扩大规模，非常热闹。|false",
            // a figure asked that the text states otherwise
            "初二也是4月7号开学吗？|初二年级4月13日开学。|true",
            "初二也是4月7号开学吗？|初二年级4月7日开学。|false",
    })
    void theAnswerIsNoWhenExactlyOneSideIsNegatedOrAFigureDiffers(String question, String text, boolean no) {
        assertThat(Polarity.saysNo(question, text)).isEqualTo(no);
    }

    @Test
    void theAskingFormsAreNotNegations() {
        assertThat(Polarity.negations(Polarity.asking("是不是有没有能不能复工了没？"))).isEmpty();
        assertThat(Polarity.negations(Polarity.asking("能否按时交付"))).isEmpty();
        assertThat(Polarity.negations("不仅没有停工，而且无人机不断巡查")).containsExactly("没有");
    }

    @Test
    void everyLexiconListIsReadWithoutItsComments() {
        assertThat(Lexicon.words("negations.txt")).contains("不", "尚未", "严禁").noneMatch(w -> w.startsWith("#"));
        assertThat(Lexicon.words("not-negations.txt")).contains("不断", "非常").doesNotContain("不");
    }
}
