package sources

import (
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
)

// MaxRedirects is how many redirects a URL may take.
const MaxRedirects = 5

// contentFormats maps the content types accepted from URLs to formats.
var contentFormats = map[string]string{
	"text/html": "html", "application/xhtml+xml": "html",
	"text/plain": "txt", "text/markdown": "md", "text/x-markdown": "md",
}

func isURL(p string) bool {
	l := strings.ToLower(p)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// urlPath is the path part of a URL, or p itself when it is not one.
func urlPath(p string) string {
	if !isURL(p) {
		return p
	}
	if u, err := url.Parse(p); err == nil {
		return u.Path
	}
	return p
}

// Fetch reads an article from an http or https URL, with a timeout, a
// size cap, at most MaxRedirects redirects and a check of the content type.
func Fetch(rawURL string, opts Options) (*Article, error) {
	fail := func(err error) (*Article, error) { return nil, &InputError{Path: rawURL, Err: err} }
	timeout := opts.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	client := &http.Client{Timeout: timeout, CheckRedirect: checkRedirect}
	resp, err := client.Get(rawURL)
	if err != nil {
		return fail(fetchReason(err))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fail(fmt.Errorf("%w: HTTP %s", ErrFetch, resp.Status))
	}
	format, err := formatOfType(resp.Header.Get("Content-Type"))
	if err != nil {
		return fail(err)
	}
	data, err := readCapped(resp.Body, opts.maxBytes())
	if err != nil {
		return fail(fetchReason(err))
	}
	if format == "txt" {
		format = ""
	}
	return ParseFormat(rawURL, data, format, opts)
}

func checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > MaxRedirects {
		return fmt.Errorf("more than %d redirects", MaxRedirects)
	}
	return nil
}

// formatOfType is the format of an accepted content type.
func formatOfType(ct string) (string, error) {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil && ct != "" {
		return "", fmt.Errorf("%w: %q", ErrContentType, ct)
	}
	if f, ok := contentFormats[mt]; ok {
		return f, nil
	}
	return "", fmt.Errorf("%w: %q (want text/html, text/plain or text/markdown)", ErrContentType, mt)
}

// fetchReason says in one line why a URL could not be read.
func fetchReason(err error) error {
	var ne net.Error
	var ue *url.Error
	switch {
	case errors.Is(err, ErrTooLarge):
		return err
	case errors.As(err, &ne) && ne.Timeout():
		return fmt.Errorf("%w: timed out", ErrFetch)
	case errors.As(err, &ue):
		return fmt.Errorf("%w: %w", ErrFetch, ue.Err)
	}
	return fmt.Errorf("%w: %w", ErrFetch, err)
}
