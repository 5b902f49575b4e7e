package compare_test

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/sources"
)

// checkTexts runs the pipeline on articles given as path → text.
func checkTexts(t *testing.T, arts map[string]string) *compare.Report {
	t.Helper()
	var as []*sources.Article
	for _, p := range []string{"a.txt", "b.txt", "c.txt"} {
		text, ok := arts[p]
		if !ok {
			continue
		}
		a, err := sources.Parse(p, []byte(text), sources.Options{})
		if err != nil {
			t.Fatal(err)
		}
		as = append(as, a)
	}
	return compare.Check(claims.ExtractAll(as, claims.DefaultLexicon(), claims.Options{}), compare.Options{})
}

// byAttribute indexes a report's conflicts by attribute.
func byAttribute(r *compare.Report) map[string]compare.Finding {
	m := map[string]compare.Finding{}
	for _, f := range conflicts(r) {
		m[f.Attribute] = f
	}
	return m
}

func conflicts(r *compare.Report) []compare.Finding {
	var out []compare.Finding
	for _, f := range r.Findings {
		if f.Kind == compare.KindConflict {
			out = append(out, f)
		}
	}
	return out
}

// Wordings and situations that are not disagreements between the articles.
func TestNoFalseConflict(t *testing.T) {
	tests := []struct {
		name string
		arts map[string]string
	}{
		{"co-speakers credited one each", map[string]string{
			"a.txt": `"We are delighted to welcome the new director here," said producers Anna Berg and Lukas Feld.` + "\n",
			"b.txt": `"We are delighted to welcome the new director here," Lukas Feld said on Monday.` + "\n",
		}},
		{"a pronoun after another person's noun", map[string]string{
			"a.txt": "Victor Hale, 55, led the group.\n\nPolice played a tape of Hale talking to the girl when she was 14.\n",
			"b.txt": "Victor Hale, 55, was arrested on Monday.\n",
		}},
		{"a pronoun after an object pronoun", map[string]string{
			"a.txt": "Victor Hale, 55, led the group.\n\nHis nephew said Hale had hit him when he was 5 years old.\n",
			"b.txt": "Victor Hale, 55, was arrested on Monday.\n",
		}},
		{"a sports record is no age", map[string]string{
			"a.txt": "The champion Ivo Rask, 31–2 with 20 knockouts, won again.\n",
			"b.txt": "Ivo Rask, 34, kept his title.\n",
		}},
		{"former acting chief is one description", map[string]string{
			"a.txt": "The former acting chief Ida Moss testified on Monday.\n",
		}},
		{"an organisation and its spokesman", map[string]string{
			"a.txt": `"Customers should install the update at once," Nortel said in a statement.` + "\n",
			"b.txt": `"Customers should install the update at once," spokesman Jon Amis said.` + "\n",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if cs := conflicts(checkTexts(t, tc.arts)); len(cs) > 0 {
				t.Errorf("false conflict: %s", cs[0].Message)
			}
		})
	}
}

// Real disagreements are still reported.
func TestStillConflict(t *testing.T) {
	tests := []struct {
		name, attr string
		arts       map[string]string
	}{
		{"two speakers for one quote", "speaker", map[string]string{
			"a.txt": `"The bridge will reopen within a week," said mayor Tom Reed.` + "\n",
			"b.txt": `"The bridge will reopen within a week," engineer Ann Vale told reporters.` + "\n",
		}},
		{"serving and retired", "employment status", map[string]string{
			"a.txt": "The alarm was raised by off-duty firefighter Ole Brun.\n",
			"b.txt": "The alarm was raised by retired fireman Ole Brun.\n",
		}},
		{"two ages", "age", map[string]string{
			"a.txt": "Ole Brun, 44, raised the alarm.\n",
			"b.txt": "Ole Brun, 47, raised the alarm.\n",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := conflicts(checkTexts(t, tc.arts))
			if len(cs) != 1 || cs[0].Attribute != tc.attr {
				t.Fatalf("conflicts = %+v, want one on %q", cs, tc.attr)
			}
		})
	}
}

func TestUnresolvedDate(t *testing.T) {
	r := checkTexts(t, map[string]string{
		"a.txt": "Ferry captain Ole Brun died on Thursday after the crash.\n",
		"b.txt": "Ferry captain Ole Brun, 61, was praised by the crew.\n",
	})
	var got []compare.Finding
	for _, f := range r.Findings {
		if f.Kind == compare.KindUnresolved {
			got = append(got, f)
		}
	}
	if len(got) != 1 || got[0].Values[0].Value != "Thursday" {
		t.Fatalf("unresolved findings = %+v, want one for Thursday", got)
	}
}

// The time a named person lost consciousness is a slot of that person.
func TestLossOfConsciousness(t *testing.T) {
	r := checkTexts(t, map[string]string{
		"a.txt": "Miners rescued\n\nRescuer Ivo Rask lost consciousness at around 3 a.m. on the way out.\n",
		"b.txt": "Miners freed\n\nIvo Rask lost consciousness at about 5am in the shaft.\n",
	})
	for _, f := range conflicts(r) {
		if strings.Contains(f.Attribute, "time") && len(f.Values) == 2 {
			return
		}
	}
	t.Errorf("no conflict between 3 a.m. and 5 a.m.: %v", conflicts(r))
}

func TestTolls(t *testing.T) {
	r := checkTexts(t, map[string]string{
		"a.txt": "Quake hits coast\n\nThe death toll rose to 52 on Monday. The quake injured 300 others and 12 remain missing.\n",
		"b.txt": "Quake strikes\n\nThe quake left 61 people dead and more than 200 injured. Fifteen people are still missing.\n",
	})
	got := byAttribute(r)
	_, dead := got["people dead"]
	_, missing := got["people missing"]
	_, injured := got["people injured"]
	if !dead || !missing || injured {
		t.Errorf("conflicts on %v, want people dead and people missing, not people injured (300 is more than 200)", got)
	}
}

func TestBirthAndPlaceOfDeath(t *testing.T) {
	r := checkTexts(t, map[string]string{
		"a.txt": "Shooting\n\nThe guard Ivo Rask was killed at the scene, police said. He was born on 3 May 1980.\n",
		"b.txt": "Shooting\n\nThe guard Ivo Rask died later in hospital. Rask was born on 3 June 1980 in Northport.\n",
		"c.txt": "Shooting\n\nThe guard Ivo Rask, who was born in May 1980, was shot twice.\n",
	})
	got := byAttribute(r)
	if len(got["birth date"].Values) != 2 || len(got["place of death"].Values) != 2 {
		t.Errorf("conflicts %v, want birth date (May 1980 agrees with 3 May) and place of death", got)
	}
}

func TestAgeFormsAndNationality(t *testing.T) {
	r := checkTexts(t, map[string]string{
		"a.txt": "Crash\n\nThe pilot, Lena Holm, aged 41, was Norwegian. The Swedish pilot Lena Holm had flown for years.\n",
		"b.txt": "Crash\n\nThe Danish pilot Lena Holm (44) was at the controls.\n",
	})
	got := byAttribute(r)
	if _, ok := got["age"]; !ok {
		t.Errorf("no age conflict between 'aged 41' and '(44)': %v", got)
	}
	if f, ok := got["nationality"]; !ok || f.Severity != compare.Warning {
		t.Errorf("nationality conflict = %v (found %v), want a warning", f.Severity, ok)
	}
}

func TestProspectiveAndOwnNationals(t *testing.T) {
	r := checkTexts(t, map[string]string{
		"a.txt": "Ferry sinks\n\nOfficials believe 12 Norwegians were among the victims. Under the new rules, two crew members must be on board at night.\n",
		"b.txt": "Ferry sinks\n\nNorway now says 15 of its citizens were aboard the ferry. It carried six crew members on board.\n",
	})
	got := byAttribute(r)
	_, nationals := got["Norwegian nationals on board"]
	_, crew := got["crew on board"]
	if !nationals || crew {
		t.Errorf("conflicts on %v: want Norwegian nationals (12 vs 15 'of its citizens'), not crew ('must be' is no count of the event)", got)
	}
}

func TestShotsFired(t *testing.T) {
	r := checkTexts(t, map[string]string{
		"a.txt": "Guard shot\n\nThe gunman fired nine shots at the guard, police said.\n",
		"b.txt": "Guard shot\n\nWitnesses heard four or five shots before the gunman fled.\n",
		"c.txt": "Guard shot\n\nThe attacker fired at least eight rounds, and the guard was hit twice.\n",
	})
	for _, f := range conflicts(r) {
		if f.Attribute == "shots" {
			if len(f.Values) != 2 {
				t.Errorf("sides %v: 'at least eight' agrees with nine and stands with it", f.Values)
			}
			return
		}
	}
	t.Error("no conflict between nine shots and four or five")
}

func TestDistances(t *testing.T) {
	r := checkTexts(t, map[string]string{
		"a.txt": "Crash\n\nThe plane crashed about 80 km south-east of Lyon.\n",
		"b.txt": "Crash\n\nThe plane crashed some 50 miles south-east of Lyon.\n",
		"c.txt": "Crash\n\nThe plane crashed 20 km from Lyon.\n",
	})
	cs := conflicts(r)
	if len(cs) != 1 || len(cs[0].Values) != 2 {
		t.Fatalf("conflicts %v: want one, 80 km and 50 miles on one side, 20 km on the other", cs)
	}
}

func TestOrderAttribution(t *testing.T) {
	r := checkTexts(t, map[string]string{
		"a.txt": "Port closed\n\nMayor Tom Reed ordered the harbour master to close the port to all ferries.\n",
		"b.txt": "Port closed\n\nGovernor Ann Vale ordered the harbour master to close the port to all ferries on Monday.\n",
		"c.txt": "Port closed\n\nMayor Tom Reed ordered the port closed to all ferries, and Reed said it would reopen soon.\n",
	})
	cs := conflicts(r)
	if len(cs) != 1 || cs[0].Attribute != "ordered by" || cs[0].Severity != compare.Warning || len(cs[0].Values) != 2 {
		t.Fatalf("conflicts = %+v, want one warning: the order given by Reed and by Vale", cs)
	}
}

func TestCrashLocality(t *testing.T) {
	tests := []struct {
		name     string
		a, b     string
		severity compare.Severity // Info for no conflict
	}{
		{"two unknown communes", "The jet crashed near the village of Sarnelle-Haute.", "The jet crashed in the commune of Vauclair-les-Pins.", compare.Warning},
		{"one name, two kinds", "The jet crashed near the village of Sarnelle-Haute.", "Debris was found in the commune of Sarnelle-Haute.", compare.Info},
		{"two known distant towns", "The bus crashed near the town of Lyon.", "The bus crashed outside the town of Porto.", compare.Error},
		{"a region, not a locality", "The bus crashed near the town of Lyon.", "The bus crashed in the Rhône region.", compare.Info},
		{"no crash", "The mayor spoke in the village of Sarnelle-Haute.", "The mayor spoke in the village of Vauclair-les-Pins.", compare.Info},
		{"both places in one article", "The bus crashed in the town of Sarnelle-Haute. It left the road near Vauclair-les-Pins.", "The bus crashed near the village of Vauclair-les-Pins.", compare.Info},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := checkTexts(t, map[string]string{"a.txt": "Crash\n\n" + tt.a + "\n", "b.txt": "Crash\n\n" + tt.b + "\n"})
			f, ok := byAttribute(r)["location"]
			if tt.severity == compare.Info {
				if ok {
					t.Errorf("unexpected conflict: %s", f.Message)
				}
				return
			}
			if !ok {
				t.Fatalf("no location conflict among %v", conflicts(r))
			}
			if f.Severity != tt.severity || f.Type != "place" {
				t.Errorf("severity %s, type %s; want %s, place", f.Severity, f.Type, tt.severity)
			}
		})
	}
}
