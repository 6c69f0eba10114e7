package com.newsbot.bot.cli;

import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.NewsIndex;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The indexed issues by id (names, dates, sources — not their articles), read once per command. */
final class IssueDirectory implements Json.IssueLookup {
    private final Map<String, Issue> byId = new HashMap<>();

    IssueDirectory(NewsIndex index) throws IOException {
        this(index.issueHeaders());
    }

    IssueDirectory(List<Issue> issues) {
        for (Issue issue : issues) {
            byId.put(issue.id(), issue);
        }
    }

    @Override
    public Issue issue(String issueId) {
        return byId.get(issueId);
    }
}
