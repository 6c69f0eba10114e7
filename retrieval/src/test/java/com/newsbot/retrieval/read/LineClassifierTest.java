package com.newsbot.retrieval.read;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineClassifierTest {
    private final LineClassifier classifier = new LineClassifier(new BylineParser());

    private RawLine.Kind kindOf(String line) {
        return classifier.classifyLine(LineClassifier.normalise(line)).kind();
    }

    @Test
    void bylinesOfEveryRoleGiveTheNamesOnly() {
        assertThat(classifier.classifyLine("本报记者 林芸").author()).isEqualTo("林芸");
        assertThat(classifier.classifyLine("特约记者 欧阳小雨 通讯员 王五").author()).isEqualTo("欧阳小雨 王五");
        assertThat(classifier.classifyLine("记者张三").author()).isEqualTo("张三");
        assertThat(classifier.classifyLine("本报讯").kind()).isEqualTo(RawLine.Kind.BYLINE);
        assertThat(kindOf("记者 张三表示，这是好事。")).isEqualTo(RawLine.Kind.BODY);
    }

    @Test
    void shortBalancedUnpunctuatedLinesLookLikeHeadlines() {
        assertThat(kindOf("仇杰等四人荣获“全国劳动模范”称号")).isEqualTo(RawLine.Kind.HEADLINE);
        assertThat(kindOf("奋进路上　奋斗有我")).isEqualTo(RawLine.Kind.HEADLINE);
        assertThat(kindOf("有了“上汽集团致敬")).isEqualTo(RawLine.Kind.BODY);
        assertThat(kindOf("据介绍，工厂屋顶的光伏")).isEqualTo(RawLine.Kind.BODY);
        assertThat(kindOf("会上，习近平强调，")).isEqualTo(RawLine.Kind.BODY);
        assertThat(kindOf("大家纷纷表示收获很大。")).isEqualTo(RawLine.Kind.BODY);
    }

    @Test
    void labelsSignaturesAndDashSubtitlesAreRecognised() {
        assertThat(kindOf("编者按")).isEqualTo(RawLine.Kind.LABEL);
        assertThat(kindOf("【点评】")).isEqualTo(RawLine.Kind.LABEL);
        assertThat(kindOf("——一线班组长的故事")).isEqualTo(RawLine.Kind.SUBTITLE);
        RawLine signature = classifier.classifyLine("（技术中心主任 王强）");
        assertThat(signature.kind()).isEqualTo(RawLine.Kind.SIGNATURE);
        assertThat(signature.author()).isEqualTo("技术中心主任 王强");
        assertThat(kindOf("（夜里总是开会）已是固定节目了。")).isEqualTo(RawLine.Kind.BODY);
    }

    @Test
    void whitespaceIsNormalisedAroundChinesePunctuation() {
        assertThat(LineClassifier.normalise("\u3000弘扬劳模精神、 劳动精神\u00A0 工匠精神 ")).isEqualTo("弘扬劳模精神、劳动精神 工匠精神");
        assertThat(LineClassifier.normalise("正文结束。\u001A")).isEqualTo("正文结束。");
    }

    @Test
    void mastheadAndEditorCreditsArePageFurniture() {
        assertThat(kindOf("上汽报  2022年8月5日  星期五  第3版")).isEqualTo(RawLine.Kind.FURNITURE);
        assertThat(kindOf("责任编辑 沈静")).isEqualTo(RawLine.Kind.FURNITURE);
        assertThat(kindOf("第3期职工培训班开班")).isEqualTo(RawLine.Kind.HEADLINE);
        assertThat(kindOf("每个星期五都是读书日")).isEqualTo(RawLine.Kind.HEADLINE);
    }
}
