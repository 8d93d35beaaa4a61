"""Tests of timeline.money."""
