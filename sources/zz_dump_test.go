package sources

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDump(t *testing.T) {
	arts, errs := Load(os.Args[len(os.Args)-1:], Options{})
	for _, a := range arts {
		fmt.Printf("##### %s fmt=%s title=%q outlet=%q author=%q url=%q pub=%v from=%q dateline=%q warn=%v\n", a.Path, a.Format, a.Title, a.Outlet, a.Author, a.URL, a.Published, a.PublishedFrom, a.Dateline, a.Warnings)
		for _, b := range a.Blocks {
			fmt.Printf("[%s %s] %s\n", b.Kind, a.Position(b.Start), a.Text[b.Start:b.End])
		}
	}
	fmt.Println(errs)
}
