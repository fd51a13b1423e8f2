FROM ubuntu:latest
MAINTAINER ops team <ops@example.com>
RUN apt-get update
RUN apt-get install -y python3 python3-pip curl wget vim sudo
ADD . /opt/app
RUN cd /opt/app && pip3 install -r requirements.txt
ENV DB_PASSWORD=changeme
EXPOSE 5000
CMD python3 /opt/app/app.py
