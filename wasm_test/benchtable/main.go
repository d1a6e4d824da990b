// Command benchtable runs roundcalc's performance benchmark (`make bench`)
// and prints it as a markdown table, each figure beside its budget.
//
// It runs, from the module's root:
//
//	go test -run '^$' -bench . -benchmem -count N ./model/                 (native)
//	GOOS=js GOARCH=wasm go test -exec=$GOROOT/lib/wasm/go_js_wasm_exec \
//	        -run '^$' -bench . -benchmem -count N ./model/                 (wasm, node)
//	go test -tags bench -run '^$' -bench . -benchtime 1x ./wasm_test/      (headless Chromium)
//
// and takes medians: of N runs for the model, of ROUNDCALC_BENCH_LOADS
// (default 5) cold and warm loads for the page. ROUNDCALC_ROOT and
// ROUNDCALC_BIN, when set, make the browser suite reuse a build (see
// wasm_test/harness_test.go). The benchmarks' own output goes to stderr; the
// table goes to stdout, and to -o FILE when given.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"
)

func main() {
	out := flag.String("o", "", "also write the table to this file")
	loads := flag.Int("loads", 0, "cold and warm loads per site (default: $ROUNDCALC_BENCH_LOADS, else 5)")
	count := flag.Int("count", 5, "runs of each model benchmark (the table shows the median)")
	skipBrowser := flag.Bool("skip-browser", false, "only the model benchmarks")
	flag.Parse()

	root, err := moduleRoot()
	if err != nil {
		fail(err)
	}
	if *loads > 0 {
		os.Setenv("ROUNDCALC_BENCH_LOADS", strconv.Itoa(*loads))
	}
	started := time.Now()
	loadBefore := loadAvg()

	goroot := strings.TrimSpace(string(must(exec.Command("go", "env", "GOROOT").Output())))
	cnt := strconv.Itoa(*count)
	native := runGo(root, nil, "test", "-run", "^$", "-bench", ".", "-benchmem", "-count", cnt, "./model/")
	wasm := runGo(root, []string{"GOOS=js", "GOARCH=wasm"}, "test",
		"-exec="+filepath.Join(goroot, "lib", "wasm", "go_js_wasm_exec"),
		"-run", "^$", "-bench", ".", "-benchmem", "-count", cnt, "./model/")
	var page string
	if !*skipBrowser {
		page = runGo(root, nil, "test", "-tags", "bench", "-run", "^$", "-bench", ".",
			"-benchtime", "1x", "-timeout", "60m", "-v", "./wasm_test/")
	}

	r := results{
		native: parseBench(native),
		wasm:   parseBench(wasm),
		page:   parseBench(page),
	}
	var tbl bytes.Buffer
	writeMachine(&tbl, page, started, loadBefore)
	r.write(&tbl)
	os.Stdout.Write(tbl.Bytes())
	if *out != "" {
		if err := os.WriteFile(*out, tbl.Bytes(), 0o644); err != nil {
			fail(err)
		}
	}
}

// bench is one benchmark's metrics (unit -> values, one per run).
type bench map[string][]float64

func (b bench) median(unit string) (float64, bool) {
	v := slices.Clone(b[unit])
	if len(v) == 0 {
		return 0, false
	}
	slices.Sort(v)
	if len(v)%2 == 1 {
		return v[len(v)/2], true
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2, true
}

var benchLine = regexp.MustCompile(`^(Benchmark\S+?)(?:-\d+)?\s+\d+\s+(.*)$`)

// parseBench reads `go test -bench` output: name -> unit -> values.
func parseBench(out string) map[string]bench {
	res := map[string]bench{}
	for _, line := range strings.Split(out, "\n") {
		m := benchLine.FindStringSubmatch(strings.TrimSpace(line))
		if m == nil {
			continue
		}
		name := strings.TrimPrefix(m[1], "Benchmark")
		if res[name] == nil {
			res[name] = bench{}
		}
		f := strings.Fields(m[2])
		for i := 0; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			res[name][f[i+1]] = append(res[name][f[i+1]], v)
		}
	}
	return res
}

type results struct {
	native, wasm, page map[string]bench
}

// row is a line of the table.
type row struct {
	what, value, budget, mark string
}

const (
	mb = 1e6 // the budget's MB are SI megabytes
)

func (r results) write(w io.Writer) {
	var rows []row
	get := func(set map[string]bench, name, unit string) (float64, bool) {
		if b := set[name]; b != nil {
			return b.median(unit)
		}
		return 0, false
	}
	add := func(what string, v float64, ok bool, format func(float64) string, budget string, pass func(float64) bool) {
		if !ok {
			rows = append(rows, row{what, "not measured", budget, ""})
			return
		}
		mark := ""
		if pass != nil {
			mark = "pass"
			if !pass(v) {
				mark = "**MISS**"
			}
		}
		rows = append(rows, row{what, format(v), budget, mark})
	}
	atMost := func(limit float64) func(float64) bool { return func(v float64) bool { return v <= limit } }

	// Size.
	for _, s := range []struct{ unit, label string }{{"bytes-raw", "raw"}, {"bytes-gzip", "gzip -9"}, {"bytes-brotli", "brotli -q 11"}} {
		v, ok := get(r.page, "WasmSize", s.unit)
		budget, pass := "", (func(float64) bool)(nil)
		if s.unit == "bytes-brotli" {
			budget, pass = "≤ 1.6 MB (1,600,000 B)", atMost(1.6*mb)
		}
		add("app.wasm, "+s.label, v, ok, fmtBytes, budget, pass)
	}
	for _, site := range []struct{ name, label string }{{"Load/server", "`make run` server"}, {"Load/static", "static site, plain file server"}} {
		if r.page[site.name] == nil {
			continue
		}
		v, ok := get(r.page, site.name, "bytes-cold-page")
		add("first load transferred, page ("+site.label+"; Σ loadingFinished encodedDataLength)", v, ok, fmtBytes, "", nil)
		v, ok = get(r.page, site.name, "bytes-cold-wire")
		add("first load transferred, page + service-worker precache ("+site.label+"; bytes sent by the server)", v, ok, fmtBytes, "", nil)
	}
	// Load times.
	for _, site := range []struct{ name, label string }{{"Load/server", "server"}, {"Load/static", "static"}} {
		if r.page[site.name] == nil {
			continue
		}
		n, _ := get(r.page, site.name, "loads")
		l := fmt.Sprintf(" (%s, median of %d)", site.label, int(n))
		v, ok := get(r.page, site.name, "ms-cold-figure")
		add("prerendered figure in the page, cold"+l, v, ok, fmtMs, "≤ 150 ms", atMost(150))
		v, ok = get(r.page, site.name, "ms-warm-figure")
		add("prerendered figure in the page, warm"+l, v, ok, fmtMs, "", nil)
		v, ok = get(r.page, site.name, "ms-cold-fcp")
		add("first contentful paint, cold"+l, v, ok, fmtMs, "", nil)
		phases := func(prefix string) {
			v, ok := get(r.page, site.name, "ms-"+prefix+"-wasm-ready")
			add("↳ "+prefix+": app.wasm ready (fetched and compiled, or instantiated from the worker's module)", v, ok, fmtMs, "", nil)
			v, ok = get(r.page, site.name, "ms-"+prefix+"-go-returned")
			add("↳ "+prefix+": Go started and page mounted (go.run returned)", v, ok, fmtMs, "", nil)
		}
		v, ok = get(r.page, site.name, "ms-cold-interactive")
		add("interactive (a slider move changes a figure), cold"+l, v, ok, fmtMs, "≤ 1.5 s", atMost(1500))
		phases("cold")
		v, ok = get(r.page, site.name, "ms-warm-interactive")
		add("interactive, warm (service worker in control)"+l, v, ok, fmtMs, "≤ 0.5 s", atMost(500))
		phases("warm")
	}
	// Slider.
	n, _ := get(r.page, "Slider", "moves")
	v, ok := get(r.page, "Slider", "ms-input-p50")
	add(fmt.Sprintf("slider input → figure updated, p50 (%d moves)", int(n)), v, ok, fmtMs, "", nil)
	v, ok = get(r.page, "Slider", "ms-input-p95")
	add("slider input → figure updated, p95", v, ok, fmtMs, "≤ 16 ms", atMost(16))
	v, ok = get(r.page, "Slider", "ms-input-max")
	add("slider input → figure updated, max", v, ok, fmtMs, "", nil)
	moves, _ := get(r.page, "Slider", "moves-drag")
	upd, _ := get(r.page, "Slider", "updates-drag")
	v, ok = get(r.page, "Slider", "longtasks-drag")
	add(fmt.Sprintf("long tasks > 50 ms during a 5 s drag (%d moves, %d figure updates)", int(moves), int(upd)), v, ok,
		func(v float64) string { return strconv.Itoa(int(v)) }, "0", atMost(0))
	v, ok = get(r.page, "Slider", "ms-longtask-max")
	add("longest long task during the drag", v, ok, func(v float64) string {
		if v == 0 {
			return "none"
		}
		return fmtMs(v)
	}, "", nil)
	v, ok = get(r.page, "Slider", "ms-drag-maxgap")
	add("longest gap between two frames during the drag", v, ok, fmtMs, "", nil)

	// Memory: a wasm memory never shrinks, so each figure is the most the
	// session has taken so far.
	mib := func(v float64) string { return fmt.Sprintf("%.1f MiB", v) }
	v, ok = get(r.page, "Memory", "MiB-start")
	add("wasm memory at the start", v, ok, mib, "", nil)
	v, ok = get(r.page, "Memory", "MiB-drag")
	add("wasm memory after a 2,000-move drag", v, ok, mib, "≤ 60 MiB", atMost(60))
	v, ok = get(r.page, "Memory", "MiB-imports")
	add("wasm memory after the drag and 50 imports of a 1 MB file", v, ok, mib, "≤ 60 MiB", atMost(60))

	// Model.
	names := map[string]bool{}
	for _, set := range []map[string]bench{r.native, r.wasm} {
		for name := range set {
			names[name] = true
		}
	}
	sorted := make([]string, 0, len(names))
	for name := range names {
		sorted = append(sorted, name)
	}
	slices.SortFunc(sorted, func(a, b string) int {
		// The two of the issue first.
		rank := func(s string) int {
			switch s {
			case "ComputeDefault":
				return 0
			case "Expected10":
				return 1
			}
			return 2
		}
		if d := rank(a) - rank(b); d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	for _, name := range sorted {
		for _, env := range []struct {
			label string
			set   map[string]bench
		}{{"native", r.native}, {"wasm (node)", r.wasm}} {
			v, ok := get(env.set, name, "ns/op")
			if !ok {
				continue
			}
			extra := ""
			if b, ok := get(env.set, name, "B/op"); ok {
				a, _ := get(env.set, name, "allocs/op")
				extra = fmt.Sprintf(", %s B/op, %s allocs/op", group(int64(b)), group(int64(a)))
			}
			budget, pass := "", (func(float64) bool)(nil)
			if name == "Expected10" && strings.HasPrefix(env.label, "wasm") {
				budget, pass = "≤ 16 ms", atMost(16e6)
			}
			add(fmt.Sprintf("model: Benchmark%s, %s", name, env.label), v, true,
				func(v float64) string { return fmtNs(v) + extra }, budget, pass)
		}
	}

	fmt.Fprintln(w, "| measure | median | budget | |")
	fmt.Fprintln(w, "|---|--:|--:|---|")
	for _, r := range rows {
		fmt.Fprintf(w, "| %s | %s | %s | %s |\n", r.what, r.value, r.budget, r.mark)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Times are taken in the page (performance.now(), origin: the navigation's start). Loads: medians over")
	fmt.Fprintln(w, "fresh profiles (cold) and the second load of each profile (warm); the sites take turns. Slider: percentiles")
	fmt.Fprintln(w, "over the moves of one page; the drag moves the slider at every animation frame for 5 s. Model: medians of")
	fmt.Fprintln(w, "the `go test -bench` runs. The machine is shared, so the figures are noisy: compare medians, and the load")
	fmt.Fprintln(w, "average above.")
}

func writeMachine(w io.Writer, page string, started time.Time, loadBefore string) {
	cpu := "unknown CPU"
	cores := 0
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			k, v, ok := strings.Cut(line, ":")
			if !ok {
				continue
			}
			switch strings.TrimSpace(k) {
			case "model name":
				cpu = strings.TrimSpace(v)
			case "processor":
				cores++
			}
		}
	}
	browser := ""
	if m := regexp.MustCompile(`browser: (\S+)`).FindStringSubmatch(page); m != nil {
		browser = m[1] + ", headless"
	} else {
		browser = chromiumVersion()
	}
	goVersion := strings.TrimSpace(string(must(exec.Command("go", "version").Output())))
	node := "no node"
	if b, err := exec.Command("node", "--version").Output(); err == nil {
		node = "node " + strings.TrimSpace(string(b))
	}
	fmt.Fprintf(w, "Machine: %s, %d cores (GOMAXPROCS %d); %s; %s; %s (wasm benchmarks). %s, %s; load average %s before, %s after.\n\n",
		cpu, cores, runtime.GOMAXPROCS(0), browser, goVersion, node,
		"127.0.0.1", started.UTC().Format("2006-01-02 15:04 UTC"), loadBefore, loadAvg())
}

func chromiumVersion() string {
	exe := os.Getenv("CHROMIUM")
	if exe == "" {
		for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
			if p, err := exec.LookPath(name); err == nil {
				exe = p
				break
			}
		}
	}
	if exe == "" {
		return "no Chromium"
	}
	b, _ := exec.Command(exe, "--version").Output()
	return strings.TrimSpace(string(b))
}

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

// runGo runs go with args in dir, its output teed to stderr, and returns the
// output; it exits on failure.
func runGo(dir string, env []string, args ...string) string {
	fmt.Fprintf(os.Stderr, "$ %sgo %s\n", strings.Join(append(env, ""), " "), strings.Join(args, " "))
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var buf bytes.Buffer
	pr, pw := io.Pipe()
	cmd.Stdout, cmd.Stderr = pw, pw
	done := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(pr)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			fmt.Fprintln(os.Stderr, sc.Text())
			buf.WriteString(sc.Text() + "\n")
		}
		io.Copy(io.Discard, pr)
		close(done)
	}()
	err := cmd.Run()
	pw.Close()
	<-done
	if err != nil {
		fail(fmt.Errorf("go %s: %w", strings.Join(args, " "), err))
	}
	return buf.String()
}

func moduleRoot() (string, error) {
	b, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", err
	}
	mod := strings.TrimSpace(string(b))
	if mod == "" || mod == os.DevNull {
		return "", fmt.Errorf("run inside the roundcalc module")
	}
	return filepath.Dir(mod), nil
}

func fmtBytes(v float64) string {
	switch {
	case v >= 1e6:
		return fmt.Sprintf("%s B (%.2f MB)", group(int64(v)), v/1e6)
	case v >= 1e4:
		return fmt.Sprintf("%s B (%.0f kB)", group(int64(v)), v/1e3)
	}
	return fmt.Sprintf("%s B", group(int64(v)))
}

func group(n int64) string {
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func fmtMs(v float64) string {
	if v >= 1000 {
		return fmt.Sprintf("%.2f s", v/1000)
	}
	return fmt.Sprintf("%.1f ms", v)
}

func fmtNs(v float64) string {
	switch {
	case v >= 1e6:
		return fmt.Sprintf("%.2f ms", v/1e6)
	case v >= 1e3:
		return fmt.Sprintf("%.1f µs", v/1e3)
	}
	return fmt.Sprintf("%.0f ns", v)
}

func must[T any](v T, err error) T {
	if err != nil {
		fail(err)
	}
	return v
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "benchtable:", err)
	os.Exit(1)
}
