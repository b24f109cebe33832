package posts

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/pelletier/go-toml/v2"
)

// nested is v inside n lists.
func nested(v any, n int) any {
	for range n {
		v = []any{v}
	}
	return v
}

func TestDecodedValue(t *testing.T) {
	t.Parallel()
	zone := time.FixedZone("", 2*3600)
	tests := []struct {
		name   string
		in     any
		scalar func(any) any
		want   any
	}{
		{"json integer", json.Number("42"), jsonScalar, int64(42)},
		{"json float", json.Number("1.5"), jsonScalar, 1.5},
		{"json integer too large for int64", json.Number("9223372036854775808"), jsonScalar, 9223372036854775808.0},
		{"json text stays", "Go", jsonScalar, "Go"},
		{"json list", []any{json.Number("1"), "a", true, nil}, jsonScalar, []any{int64(1), "a", true, nil}},
		{"json map keys lowercased at every level",
			map[string]any{"Params": map[string]any{"Series": json.Number("2")}}, jsonScalar,
			map[string]any{"params": map[string]any{"series": int64(2)}}},
		{"toml offset date-time keeps its zone", time.Date(2024, 1, 2, 3, 4, 5, 0, zone), tomlScalar,
			Date{Time: time.Date(2024, 1, 2, 3, 4, 5, 0, zone), HasZone: true}},
		{"toml local date-time floats",
			toml.LocalDateTime{LocalDate: toml.LocalDate{Year: 2024, Month: 1, Day: 2}, LocalTime: toml.LocalTime{Hour: 3}}, tomlScalar,
			Date{Time: time.Date(2024, 1, 2, 3, 0, 0, 0, time.UTC)}},
		{"toml local date floats", toml.LocalDate{Year: 2024, Month: 1, Day: 2}, tomlScalar,
			Date{Time: time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)}},
		{"toml local time is text", toml.LocalTime{Hour: 7, Minute: 30}, tomlScalar, "07:30:00"},
		{"toml numbers stay", []any{int64(3), 2.5}, tomlScalar, []any{int64(3), 2.5}},
		{"toml map keys lowercased", map[string]any{"Draft": true}, tomlScalar, map[string]any{"draft": true}},
		{"at the nesting limit", nested("x", maxMetadataNestLevels), tomlScalar, nested("x", maxMetadataNestLevels)},
		{"past the nesting limit is dropped", nested("x", maxMetadataNestLevels+1), jsonScalar, nested(nil, maxMetadataNestLevels+1)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := decodedValue(tc.in, 0, tc.scalar); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("decodedValue(%#v) = %#v, want %#v", tc.in, got, tc.want)
			}
		})
	}
}
