# syntax=docker/dockerfile:1
# newsbot in a container: the Maven build in one stage, the jar on a JRE 17 in the next, run as a non-root user.
#   docker build -t newsbot .
#   docker run -d --env-file /etc/newsbot/newsbot.env -v newsbot-home:/var/lib/newsbot \
#              -v /srv/paper/seeds:/srv/newsbot/seeds:ro -p 127.0.0.1:9464:9464 newsbot telegram
# The command is a newsbot subcommand: telegram (default), feishu, ask …, report …

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY retrieval/pom.xml retrieval/
COPY bot/pom.xml bot/
COPY retrieval/src retrieval/src
COPY bot/src bot/src
COPY prompts prompts
# the Maven repository in a BuildKit cache: a rebuild does not download the dependencies again
RUN --mount=type=cache,target=/root/.m2 mvn -B --no-transfer-progress -DskipTests package

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 newsbot \
 && useradd --system --uid 10001 --gid newsbot --home-dir /var/lib/newsbot --shell /usr/sbin/nologin newsbot \
 && mkdir -p /opt/newsbot /var/lib/newsbot /srv/newsbot/seeds \
 && chown newsbot:newsbot /var/lib/newsbot /srv/newsbot/seeds
COPY --from=build /src/bot/target/newsbot.jar /opt/newsbot/newsbot.jar
# the issues shipped with the source; mount the paper's own folder over it
COPY --chown=newsbot:newsbot seeds/ /srv/newsbot/seeds/
# NEWSBOT_HOME holds the index, the SQLite state (unless NEWSBOT_DB is PostgreSQL) and the logs
ENV NEWSBOT_HOME=/var/lib/newsbot \
    NEWSBOT_HTTP_HOST=0.0.0.0 \
    NEWSBOT_HTTP_PORT=9464 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70 -XX:+UseSerialGC -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8"
VOLUME ["/var/lib/newsbot", "/srv/newsbot/seeds"]
USER newsbot
WORKDIR /srv/newsbot
EXPOSE 9464
ENTRYPOINT ["java", "-jar", "/opt/newsbot/newsbot.jar"]
CMD ["telegram"]
