FROM sbtscala/scala-sbt:eclipse-temurin-21.0.5_11_1.10.6_3.5.2 AS build
WORKDIR /build
COPY build.sbt .
COPY project project
RUN sbt update
COPY src src
RUN sbt stage

FROM eclipse-temurin:21-jre
COPY --from=build /build/target/universal/stage /opt/app
USER 10001
ENTRYPOINT ["/opt/app/bin/app"]
