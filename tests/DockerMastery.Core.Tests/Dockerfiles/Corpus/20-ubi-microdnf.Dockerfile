FROM registry.access.redhat.com/ubi9/ubi-minimal:9.5
RUN microdnf install -y java-21-openjdk-headless shadow-utils \
 && microdnf clean all \
 && useradd -u 1001 -r -g 0 -s /sbin/nologin app
COPY --chown=1001:0 target/app.jar /deployments/app.jar
USER 1001
CMD ["java", "-jar", "/deployments/app.jar"]
