package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

type shareLabels struct {
	Title, ExportJSON, ExportCSV, Import, Print string
}

// sharePanel exports the scenario and tables, imports a scenario file,
// prints, and holds the embed builder.
type sharePanel struct {
	app.Compo
	L            shareLabels
	T            *text.Texts // the embed builder's texts
	EmbedSite    embedSite
	EmbedLevers  []leverGroup
	Presets      []presetRow
	onExportJSON app.EventHandler
	onExportCSV  app.EventHandler
	onPrint      app.EventHandler
	onImport     func(ctx app.Context, data []byte)
	onRefuse     func(ctx app.Context, problem model.Error)
}

func (s *sharePanel) Render() app.UI {
	return app.Section().Class("share").Body(
		app.H2().Text(s.L.Title),
		app.Div().Class("toolbar").Body(
			app.Button().Type("button").DataSet("testid", "export-json").OnClick(s.onExportJSON).Text(s.L.ExportJSON),
			app.Button().Type("button").DataSet("testid", "export-csv").OnClick(s.onExportCSV).Text(s.L.ExportCSV),
			app.Label().Class("file").Body(
				app.Span().Text(s.L.Import),
				app.Input().Type("file").Accept(".json,application/json").DataSet("testid", "import-json").OnChange(s.onFile),
			),
			app.Button().Type("button").DataSet("testid", "print").OnClick(s.onPrint).Text(s.L.Print),
		),
		&embedBuilder{L: s.T, Site: s.EmbedSite, Levers: s.EmbedLevers, Presets: s.Presets},
	)
}

// onFile reads the chosen file as text and hands it to the page. A file
// over the model's limit is refused by its size, unread: its text would
// grow the wasm memory, which never shrinks (300 MB read made it 640 MB).
func (s *sharePanel) onFile(ctx app.Context, e app.Event) {
	input := ctx.JSSrc()
	files := input.Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	file := files.Index(0)
	if problem := model.CheckFileSize(file.Get("name").String(), file.Get("size").Int()); problem != nil {
		input.Set("value", "") // the same file can be chosen again
		ctx.Dispatch(func(ctx app.Context) {
			if s.onRefuse != nil {
				s.onRefuse(ctx, *problem)
			}
		})
		return
	}
	// Read as bytes, copied once into the program's memory: the file's
	// text as a Go string, then as the bytes the model reads, took three
	// copies of it, and each MB the heap reaches stays with the tab.
	var then app.Func
	then = app.FuncOf(func(this app.Value, args []app.Value) any {
		var data []byte
		if len(args) > 0 {
			bytes := app.Window().Get("Uint8Array").New(args[0])
			data = make([]byte, bytes.Length())
			app.CopyBytesToGo(data, bytes)
		}
		ctx.Dispatch(func(ctx app.Context) {
			read := data
			data = nil // held by the page only while it reads them
			if s.onImport != nil {
				s.onImport(ctx, read)
			}
		})
		input.Set("value", "") // the same file can be chosen again
		then.Release()
		return nil
	})
	file.Call("arrayBuffer").Call("then", then)
}
