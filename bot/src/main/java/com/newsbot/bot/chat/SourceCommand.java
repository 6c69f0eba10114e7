package com.newsbot.bot.chat;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code /source ID|N}: the whole cleaned article by its id, or the Nth article (or issue) the conversation was last shown. */
final class SourceCommand implements SlashCommand {
    /** {@code /source 2}: a number in the list last shown rather than an article id (ids hold a '-' or letters). */
    private static final Pattern SHORT_REFERENCE = Pattern.compile("[0-9]{1,3}");

    private final ListedItems listed;
    private final ArticlePages pages;
    private final ReplyRenderer render;

    SourceCommand(ListedItems listed, ArticlePages pages, ReplyRenderer render) {
        this.listed = Objects.requireNonNull(listed, "listed");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.render = Objects.requireNonNull(render, "render");
    }

    @Override
    public String name() {
        return "/source";
    }

    @Override
    public Reply run(Call call) {
        String argument = call.argument();
        if (argument.isEmpty()) {
            return render.text("chat-source-usage.zh.txt");
        }
        if (!SHORT_REFERENCE.matcher(argument).matches()) {
            return pages.open(argument);
        }
        int n = Integer.parseInt(argument);
        Optional<Button> item = listed.item(call.conversationId(), n);
        if (item.isPresent()) {
            return item.get().kind() == Button.Kind.ARTICLE
                    ? pages.open(item.get().target()) : call.typed().apply(item.get().command());
        }
        int count = listed.size(call.conversationId());
        return count == 0 ? render.text("chat-source-number-none.zh.txt") : render.sourceNumberRange(count);
    }
}
