#!/usr/bin/env python3
"""SYNTHETIC deliveries of the fictional second region of the demo province (SampleData/provincie/).

Writes SampleData/provincie/exports/: the lettings of the fictional corporation ijsselhof-wonen (Deventer,
Lochem, and a few homes in Apeldoorn, outside the province), the register of Lochem, and one delivery of a
corporation no region configures. The province's input folder is SampleData/exports plus these files
(`make demo-provincie` puts them together). Standard library only; the same seed gives the same bytes.
"""
import argparse
import pathlib
import random
import shutil

HERE = pathlib.Path(__file__).resolve().parent
STATUTORY = ["MZ", "MED", "MO", "GGZ", "VO", "JH", "DET", "SW", "DG"]
PERIODS = {"2025-H2": (2025, 7), "2026-H1": (2026, 1)}


def day(rng, year, first_month):
    month = first_month + rng.randrange(6)
    return f"{year}-{month:02d}-{rng.randrange(1, 29):02d}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=20260701)
    seed = parser.parse_args().seed
    rng = random.Random(seed)
    out = HERE / "exports"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    for period, (year, month) in PERIODS.items():
        # Lochem's register: applications, most granted in the period.
        register = ["urgentienummer;datum_aanvraag;categorie;besluit;datum_besluit;herkomstgemeente;woonplaatsbeginsel;reden;datum_vervallen"]
        numbers = []
        for n in range(1, 19):
            number = f"LO-{year}-{month:02d}{n:02d}"
            category = rng.choice(STATUTORY)
            filed = day(rng, year, month)
            decided = filed if rng.random() < 0.8 else ""
            besluit = "toegekend" if decided else ""
            register.append(f"{number};{filed};{category};{besluit};{decided};GM0262;ja;;")
            if decided:
                numbers.append((number, category))
        (out / f"urgentie_GM0262_{period}.csv").write_text("\n".join(register) + "\n", encoding="utf-8")
        # ijsselhof-wonen's lettings: Deventer and Lochem, some to wettelijk urgenten, three outside the province.
        lettings = ["verhuring_id;datum;gemeente;urgentie;urgentienummer;herkomstgemeente;klein_betaalbaar"]
        prefix = f"IH{str(year)[2:]}{'A' if month == 1 else 'B'}"
        for n in range(1, 81):
            municipality = "GM0150" if n % 3 else "GM0262"
            urgency, number, origin = "", "", ""
            if municipality == "GM0262" and numbers and rng.random() < 0.45:
                number, urgency = numbers.pop()
                origin = "GM0262"
            elif municipality == "GM0150" and rng.random() < 0.18:
                urgency = rng.choice(["MO", "MED", "VO", "MO", "DG"])
                origin = "GM0150"
            small = "ja" if rng.random() < 0.3 else "nee"
            lettings.append(f"{prefix}-{n:04d};{day(rng, year, month)};{municipality};{urgency};{number};{origin};{small}")
        for n in range(81, 84):
            lettings.append(f"{prefix}-{n:04d};{day(rng, year, month)};GM0200;;;;nee")
        (out / f"verhuringen_ijsselhof-wonen_{period}.csv").write_text("\n".join(lettings) + "\n", encoding="utf-8")
    # A delivery from a corporation that no region of the province configures: listed, never read.
    (out / "verhuringen_woonpartners-elders_2026-H1.csv").write_text(
        "verhuring_id;datum;gemeente;urgentie;urgentienummer;herkomstgemeente;klein_betaalbaar\n"
        "WE-0001;2026-02-02;GM0200;;;;nee\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
