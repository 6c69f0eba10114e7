package com.newsbot.bot.answer.question;

import com.newsbot.bot.answer.question.Asked.Shape;

import java.util.regex.Pattern;

/**
 * The shape of the answer a question wants ({@link Asked.Shape}): from its question words (多少钱 a sum, 哪一年 a year,
 * 几点 a time, 是不是 yes or no, 哪几座 which ones) and its kind ({@link QuestionKind}), then from the noun it asks about
 * (哪个法官 a person, 票价是多少 a sum, 哪几个城市 places); and whether it asks for a list.
 */
final class AskedShapes {
    private static final Pattern LIST = Pattern.compile(
            "分别|各(?:是|有|为|投|罚|在|自)|哪些|哪几|哪[两三四五六七八九十][个位家种座名所条项只类国]|都有(?:谁|什么|哪)|有哪|都(?:看到|推|有|是)了?些?什么|些什么");
    private static final Pattern YESNO = Pattern.compile(
            "是不是|有没有|能不能|会不会|要不要|算不算|是否|吗[？?！!。\\s]*$|没[？?\\s]*$|不[？?\\s]*$");
    /**
     * A sum asked: 多少钱, or how much is spent, paid, invested or fined (花掉多少, 要付多少, 要交多少, 罚了多少); paid only
     * when no noun follows 多少 (缴获的枪支 are counted: 缴多少把枪 asks a number).
     */
    private static final Pattern MONEY = Pattern.compile("多少钱|花了?多少|(?:掏|付|交|缴)了?多少(?![\\u4e00-\\u9fff])|投了?多少|投资多少|罚了?多少|赔了?多少|补了?多少|卖了?多少钱|多少资金|多少万|金额");
    private static final Pattern YEAR = Pattern.compile("哪一?年|什么年份|几几年|多少年的");
    private static final Pattern WHICH_ONES = Pattern.compile("哪(?:几|[一二三四五六七八九两]|\\d+)[个位家种座名所条项只类国]");
    /** Asked nouns whose answer is a place: 哪两个港口 is answered by 上海、宁波. */
    private static final Pattern PLACE_NOUN = Pattern.compile("国家|国|城市|省份|省|地区|县|市|港口|港|城镇|村庄|机场|车站|口岸");
    private static final Pattern CLOCK = Pattern.compile("几点|什么时刻|几时几分");
    /** 这篇报道是哪天的报纸上的？: the date of the issue that printed it. */
    private static final Pattern ISSUE_DATE = Pattern.compile("哪天的报纸|哪一?期(?:报纸)?(?:上|里)?(?:登|刊|报道|写|说)|哪天(?:的报纸)?(?:登|刊)|什么时候(?:的报纸)?(?:登|刊)的|哪天见报|哪一?天报道");
    /** Nouns for people: a question about one of them wants a person's name (哪个官员, 那个工程师叫什么). */
    private static final Pattern PERSON_NOUN = Pattern.compile(".*(?:官|(?<![体身全总延增成生助擅专特见])长|员|手|家|师|者|生|将|帅|星|犯|人|警|主|总|士|工|匠|父|母|爸|妈|夫|妻|子|女|儿|哥|姐|弟|妹|友)$");
    /** Nouns for money: a question about one of them wants a sum (票价是多少). */
    private static final Pattern MONEY_NOUN = Pattern.compile(".*(?:金|钱|款|费|价|资|薪|税|额|价格|票价|工资|收入|利润|营收|补贴|补助|罚款|预算)$");

    private AskedShapes() {
    }

    /** Whether the question asks for several things (分别, 哪些, 都有谁). */
    static boolean lists(String text) {
        return LIST.matcher(text).find();
    }

    /** Whether the asked noun names people (员工, 法官, 志愿者): a count of it counts people, a name of it is a person's. */
    static boolean namesPeople(String focus) {
        return PERSON_NOUN.matcher(focus).matches();
    }

    /** The shape of the answer {@code text} (of {@code kind}, asking about {@code focus}, "" when none) wants. */
    static Shape of(String text, QuestionKind kind, String focus) {
        Shape shape = shape(text, kind);
        if (ISSUE_DATE.matcher(text).find()) {
            shape = Shape.ISSUE_DATE;
        } else if ((shape == Shape.NAMED || shape == Shape.OTHER) && !focus.isEmpty() && PERSON_NOUN.matcher(focus).matches()
                && Pattern.compile("(?:哪一?[个位名]|谁|叫什么|什么名字)").matcher(text).find()) {
            shape = Shape.PERSON;
        } else if (shape == Shape.NUMBER && !focus.isEmpty() && MONEY_NOUN.matcher(focus).matches()) {
            shape = Shape.MONEY;
        } else if (shape == Shape.NAMED && !focus.isEmpty() && PLACE_NOUN.matcher(focus).matches()) {
            shape = Shape.PLACE;
        }
        return shape;
    }

    private static Shape shape(String text, QuestionKind kind) {
        if (MONEY.matcher(text).find()) {
            return Shape.MONEY;
        }
        if (YEAR.matcher(text).find()) {
            return Shape.YEAR;
        }
        if (CLOCK.matcher(text).find()) {
            return Shape.DATE;
        }
        switch (kind) {
            case DATE:
                return Shape.DATE;
            case NUMBER:
                return WHICH_ONES.matcher(text).find() ? Shape.NAMED : Shape.NUMBER; // 哪几座 asks which, not how many
            case PERSON:
                return Shape.PERSON;
            case PLACE:
                return Shape.PLACE;
            case REASON:
                return Shape.REASON;
            case MANNER:
                return YESNO.matcher(text).find() ? Shape.YESNO : Shape.MANNER;
            case YESNO:
                return Shape.YESNO;
            case ENTITY:
                return YESNO.matcher(text).find() && !LIST.matcher(text).find() ? Shape.YESNO : Shape.NAMED;
            default:
                return YESNO.matcher(text).find() ? Shape.YESNO : Shape.OTHER;
        }
    }
}
