FROM python:3.12-bookworm
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
        libpq-dev \
        gettext \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /code
COPY requirements/ requirements/
RUN pip install --no-cache-dir -r requirements/production.txt
COPY . /code/
RUN python manage.py collectstatic --noinput
EXPOSE 8000
CMD ["uwsgi", "--ini", "uwsgi.ini"]
