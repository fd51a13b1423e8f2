FROM rocker/r-ver:4.4.2
RUN install2.r --error --skipinstalled plumber jsonlite
COPY api.R /api/api.R
EXPOSE 8000
ENTRYPOINT ["R", "-e", "pr <- plumber::plumb('/api/api.R'); pr$run(host='0.0.0.0', port=8000)"]
