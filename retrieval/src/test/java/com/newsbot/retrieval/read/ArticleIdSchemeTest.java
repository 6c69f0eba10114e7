package com.newsbot.retrieval.read;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleIdSchemeTest {
    private final ArticleIdScheme ids = new ArticleIdScheme();

    @Test
    void safeIssueIdIsKeptWithATwoDigitOneBasedOrdinal() {
        assertThat(ids.articleId("000_ca8ae608e85ef6a0", 0)).isEqualTo("000_ca8ae608e85ef6a0-01");
        assertThat(ids.articleId("000_ca8ae608e85ef6a0", 11)).isEqualTo("000_ca8ae608e85ef6a0-12");
        assertThat(ids.articleId("x", 99)).isEqualTo("x-100");
    }

    @Test
    void unsafeOrLongIssueIdIsHashedStablyIntoCallbackSafeAscii() {
        String chinese = ids.articleId("上汽报第5期", 2);
        String longId = ids.articleId("a".repeat(49), 0);

        assertThat(chinese).matches("i[0-9a-f]{16}-03").isEqualTo(ids.articleId("上汽报第5期", 2));
        assertThat(longId).matches("i[0-9a-f]{16}-01");
        assertThat(ids.articleId("上汽报第6期", 2)).isNotEqualTo(chinese);
        assertThat(ids.articleId("a b.c", 0)).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void idsFitATelegramCallback() {
        for (String issueId : new String[] {"a".repeat(48), "长".repeat(200), "x"}) {
            String id = ids.articleId(issueId, 999);
            assertThat(id).matches("[A-Za-z0-9_-]+");
            assertThat(id.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
        }
    }
}
