FROM opensuse/leap:15.6
RUN zypper --non-interactive install --no-recommends python311=3.11.10 \
 && zypper clean --all
CMD ["python3.11", "--version"]
