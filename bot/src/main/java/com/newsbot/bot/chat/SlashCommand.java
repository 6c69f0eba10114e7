package com.newsbot.bot.chat;

import java.util.function.Function;

/**
 * One chat command ({@code /latest}, {@code /source 2}, …): its name and what it replies. Registered in
 * {@link SlashCommands}, as the TelegramBots examples register theirs; one small class each.
 */
interface SlashCommand {
    /** The command as typed, lower case, with its slash: {@code /latest}. */
    String name();

    /** The reply to the command with {@code argument} (stripped; "" when none). Never throws. */
    Reply run(Call call);

    /**
     * One use of a command.
     *
     * @param conversationId the conversation it was typed in
     * @param argument       what follows the command, stripped ("" when nothing)
     * @param typed          runs another message as if typed in the same conversation ({@code /source 2} of a listed
     *                       issue runs {@code /issue ID})
     */
    record Call(String conversationId, String argument, Function<String, Reply> typed) {
    }
}
