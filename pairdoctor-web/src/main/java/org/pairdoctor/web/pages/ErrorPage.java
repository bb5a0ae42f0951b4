package org.pairdoctor.web.pages;

/** An error page: status, a title, a message in plain words and where to go next. */
public record ErrorPage(int status, String title, String message, String linkHref, String linkText) {
    public ErrorPage(int status, String title, String message) {
        this(status, title, message, "/", "Start again");
    }
}
