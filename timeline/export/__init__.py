"""Writers and readers of timelines: JSON, iCalendar, TimelineJS, HTML, table."""
