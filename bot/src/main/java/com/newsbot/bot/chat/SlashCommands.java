package com.newsbot.bot.chat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The chat commands by name. Immutable, thread-safe. */
final class SlashCommands {
    private final Map<String, SlashCommand> byName = new LinkedHashMap<>();

    SlashCommands(List<SlashCommand> commands) {
        for (SlashCommand command : commands) {
            if (byName.putIfAbsent(command.name(), command) != null) {
                throw new IllegalArgumentException("two commands named " + command.name());
            }
        }
    }

    /** The command named so (its slash included, any case), if there is one. */
    Optional<SlashCommand> named(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The commands' names, in registration order. */
    List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
