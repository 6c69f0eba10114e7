/**
 * Reading the seeds: {@link com.newsbot.retrieval.read.IssueReader} is the front door; everything else here is a
 * package-private step of it.
 *
 * <ul>
 *   <li>{@code TextDecoder} — bytes to text (UTF-8 ± BOM, UTF-16 with BOM, GB18030/GBK), refusing binary or empty
 *       files with one clear line;</li>
 *   <li>{@code SidecarMetadata}, {@code IssueDateInference} — issue id, name, number, URL and date;</li>
 *   <li>{@code RawTextParser} with {@code LineClassifier}, {@code BylineParser}, {@code HeadlineAssigner},
 *       {@code ParagraphJoiner} — raw page text back into articles;</li>
 *   <li>{@code MarkdownIssueParser} — the structured export;</li>
 *   <li>{@code ArticleIdScheme}, {@code PassageSplitter} — ids and retrieval passages.</li>
 * </ul>
 */
package com.newsbot.retrieval.read;
