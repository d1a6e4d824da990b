//go:build ignore

// Generates the app's PNG icons (a round "pie" on the theme colour, the same
// drawing as icon.svg). Run from the repository root:
//
//	go run web/icons_gen.go
package main

import (
	"image"
	"image/color"
	"image/png"
	"log"
	"math"
	"os"
)

var (
	theme = color.RGBA{0x14, 0x36, 0x5d, 0xff}
	white = color.RGBA{0xff, 0xff, 0xff, 0xff}
	gold  = color.RGBA{0xf2, 0xa9, 0x00, 0xff}
)

// draw renders a size×size icon. rounded: rounded-corner square (regular
// icons); otherwise full bleed (maskable). r is the pie's radius as a
// fraction of the size.
func draw(size int, rounded bool, r float64) *image.RGBA {
	const ss = 4 // supersampling per axis
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	s := float64(size)
	corner := 0.1875 * s
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			var acc [4]float64
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					px := float64(x) + (float64(sx)+0.5)/ss
					py := float64(y) + (float64(sy)+0.5)/ss
					c := sample(px, py, s, rounded, corner, r*s)
					acc[0] += float64(c.R)
					acc[1] += float64(c.G)
					acc[2] += float64(c.B)
					acc[3] += float64(c.A)
				}
			}
			n := float64(ss * ss)
			img.SetRGBA(x, y, color.RGBA{uint8(acc[0]/n + 0.5), uint8(acc[1]/n + 0.5), uint8(acc[2]/n + 0.5), uint8(acc[3]/n + 0.5)})
		}
	}
	return img
}

func sample(px, py, s float64, rounded bool, corner, radius float64) color.RGBA {
	if rounded {
		// Outside the rounded square: transparent.
		cx := math.Max(corner-px, math.Max(px-(s-corner), 0))
		cy := math.Max(corner-py, math.Max(py-(s-corner), 0))
		if cx*cx+cy*cy > corner*corner {
			return color.RGBA{}
		}
	}
	dx, dy := px-s/2, py-s/2
	if dx*dx+dy*dy > radius*radius {
		return theme
	}
	// The slice: from 12 o'clock clockwise over 110/840 of the turn (the
	// round's new money in the post-money valuation).
	a := math.Atan2(dx, -dy)
	if a < 0 {
		a += 2 * math.Pi
	}
	if a <= 2*math.Pi*110/840 {
		return gold
	}
	return white
}

func write(name string, img image.Image) {
	f, err := os.Create(name)
	if err != nil {
		log.Fatal(err)
	}
	if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(f, img); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}

func main() {
	write("web/icon-192.png", draw(192, true, 0.293))
	write("web/icon-512.png", draw(512, true, 0.293))
	// Maskable: full bleed, the drawing inside the 80 % safe zone.
	write("web/icon-maskable.png", draw(512, false, 0.25))
}
