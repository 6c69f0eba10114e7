package com.newsbot.bot.chat;

import com.newsbot.bot.Prompts;

import java.util.Objects;

/** {@code /start}: forgets the conversation so far and greets with the help text. */
final class StartCommand implements SlashCommand {
    private final Prompts prompts;
    private final java.util.function.Consumer<String> forgetConversation;

    StartCommand(Prompts prompts, java.util.function.Consumer<String> forgetConversation) {
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.forgetConversation = Objects.requireNonNull(forgetConversation, "forgetConversation");
    }

    @Override
    public String name() {
        return "/start";
    }

    @Override
    public Reply run(Call call) {
        forgetConversation.accept(call.conversationId());
        return Reply.text(prompts.text("chat-welcome.zh.txt") + "\n\n" + prompts.text("chat-help.zh.txt"));
    }
}
