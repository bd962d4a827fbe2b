#!/usr/bin/env python3
"""Writes resources/sounds/critical-alert.wav: the sound of a critical alert.

Three falling two-tone chimes (880 Hz then 660 Hz, the interval of a classic alarm gong)
with soft attack and decay so the speaker does not click, 1.2 s, 22,050 Hz, 16-bit mono.
Generated rather than recorded so the repository holds only what it wrote; run again
after changing it (the WAV is committed so a build needs no Python)."""

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050
TONES = [(880.0, 0.18), (660.0, 0.22)] * 3  # (frequency, seconds)
GAP = 0.02
VOLUME = 0.6


def tone(frequency, seconds):
    count = int(RATE * seconds)
    attack = int(RATE * 0.01)
    for i in range(count):
        envelope = min(1.0, i / attack) * math.exp(-3.0 * i / count)
        # A little of the octave makes small speakers carry it.
        sample = math.sin(2 * math.pi * frequency * i / RATE)
        sample += 0.3 * math.sin(4 * math.pi * frequency * i / RATE)
        yield VOLUME * envelope * sample / 1.3


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else (
        Path(__file__).resolve().parent.parent / "resources" / "sounds" / "critical-alert.wav")
    frames = bytearray()
    for frequency, seconds in TONES:
        for value in tone(frequency, seconds):
            frames += struct.pack("<h", int(max(-1.0, min(1.0, value)) * 32767))
        frames += bytes(2 * int(RATE * GAP))
    with wave.open(str(out), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(bytes(frames))
    print(f"{out}: {len(frames) // 2 / RATE:.2f} s")


if __name__ == "__main__":
    main()
