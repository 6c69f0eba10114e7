package com.newsbot.bot.cli;

import com.newsbot.bot.telegram.TelegramBot;
import com.newsbot.bot.telegram.TelegramSettings;
import picocli.CommandLine.Command;

/** {@code newsbot telegram}: the Telegram bot (long polling) until SIGTERM or Ctrl-C. */
@Command(name = "telegram", description = "Run the Telegram bot (long polling); configured by environment variables.")
final class TelegramCommand extends FrontEndCommand<TelegramSettings> {
    TelegramCommand() {
        super("Telegram", TelegramSettings::fromEnvironment, TelegramBot::new, Replicas.LEASE_HOLDER, "not polling Telegram");
    }
}
