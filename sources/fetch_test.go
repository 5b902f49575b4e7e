package sources

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// newServer starts a loopback server for one test.
func newServer(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	s := httptest.NewServer(h)
	t.Cleanup(s.Close)
	return s
}

func TestFetch(t *testing.T) {
	page := `<html><head><meta property="og:site_name" content="Test Post"></head><body><article><h1>Dam opens</h1><p>The dam opened on Monday after two years.</p></article></body></html>`
	s := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/page":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(page))
		case "/plain":
			w.Header().Set("Content-Type", "text/plain")
			w.Write([]byte("Dam opens\n\nThe dam opened on Monday.\n"))
		case "/story.md":
			w.Header().Set("Content-Type", "text/markdown")
			w.Write([]byte("---\ntitle: Dam opens\npublished: 2021-05-03\n---\nThe dam opened on **Monday**.\n"))
		case "/moved":
			http.Redirect(w, r, "/page", http.StatusFound)
		}
	})
	tests := []struct{ path, format, text string }{
		{"/page", "html", "Dam opens\n\nThe dam opened on Monday after two years."},
		{"/plain", "txt", "Dam opens\n\nThe dam opened on Monday."},
		{"/story.md", "md", "Dam opens\n\nThe dam opened on Monday."},
		{"/moved", "html", "Dam opens\n\nThe dam opened on Monday after two years."},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			arts, errs := Load([]string{s.URL + tc.path}, Options{Timeout: 5 * time.Second})
			if len(errs) > 0 || len(arts) != 1 {
				t.Fatalf("Load: %v", errs)
			}
			a := arts[0]
			if a.Format != tc.format || a.Text != tc.text || a.Path != s.URL+tc.path {
				t.Errorf("got %s %q %s, want %s %q", a.Format, a.Text, a.Path, tc.format, tc.text)
			}
		})
	}
}

func TestFetchErrors(t *testing.T) {
	release := make(chan struct{})
	s := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/slow":
			select {
			case <-release:
			case <-time.After(3 * time.Second):
			}
		case "/huge":
			w.Header().Set("Content-Type", "text/plain")
			w.Write([]byte(strings.Repeat("Words. ", 2000)))
		case "/pdf":
			w.Header().Set("Content-Type", "application/pdf")
			w.Write([]byte("%PDF-1.4"))
		case "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		default:
			http.NotFound(w, r)
		}
	})
	defer close(release)
	closed := httptest.NewServer(http.NotFoundHandler())
	gone := closed.URL + "/story"
	closed.Close()
	tests := []struct {
		name, url string
		is        error
		msg       string
	}{
		{"timeout", s.URL + "/slow", ErrFetch, "cannot fetch: timed out"},
		{"size cap", s.URL + "/huge", ErrTooLarge, "too large: over 1000 bytes (the cap)"},
		{"content type", s.URL + "/pdf", ErrContentType, `unsupported content type: "application/pdf" (want text/html, text/plain or text/markdown)`},
		{"redirect loop", s.URL + "/loop", ErrFetch, "cannot fetch: more than 5 redirects"},
		{"not found", s.URL + "/missing", ErrFetch, "cannot fetch: HTTP 404 Not Found"},
		{"unreachable", gone, ErrFetch, "cannot fetch: dial tcp"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, errs := Load([]string{tc.url}, Options{Timeout: 300 * time.Millisecond, MaxBytes: 1000})
			if len(errs) != 1 {
				t.Fatalf("errors %v, want one", errs)
			}
			var ie *InputError
			if !errors.As(errs[0], &ie) || ie.Path != tc.url || !errors.Is(errs[0], tc.is) {
				t.Errorf("error %v is not an InputError for %s wrapping %v", errs[0], tc.url, tc.is)
			}
			if msg := errs[0].Error(); !strings.HasPrefix(msg, tc.url+": "+tc.msg) || strings.Contains(msg, "\n") {
				t.Errorf("message %q, want prefix %q", msg, tc.url+": "+tc.msg)
			}
		})
	}
}
