package com.newsbot.bot.answer.language;

/** Chinese measure words (量词) and units that follow a number: 13位, 两代, 139个, 40多个. */
public final class Measures {
    public static final String ALL = "个位人家种次年天名项条款辆台所座部篇期倍元米岁届只件份场层代批轮季集章首门颗棵架艘支队组类样周月日时分秒里克吨具";

    private Measures() {
    }
}
