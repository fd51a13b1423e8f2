FROM fedora:41
RUN dnf install -y httpd-2.4.62 mod_ssl-2.4.62 \
 && dnf clean all
EXPOSE 80 443
CMD ["/usr/sbin/httpd", "-DFOREGROUND"]
