package com.newsbot.bot.chat;

import java.util.Objects;

/** {@code /help}: what the bot does and its commands. */
final class HelpCommand implements SlashCommand {
    private final ReplyRenderer render;

    HelpCommand(ReplyRenderer render) {
        this.render = Objects.requireNonNull(render, "render");
    }

    @Override
    public String name() {
        return "/help";
    }

    @Override
    public Reply run(Call call) {
        return render.text("chat-help.zh.txt");
    }
}
