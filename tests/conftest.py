"""Suite-wide set-up: the Hypothesis profile named by TIMELINE_HYPOTHESIS_PROFILE.

The default, ``timeline-ci``, is derandomized with bounded examples; ``timeline-dev`` runs more.
"""

from timeline.testing import load_profile_from_env

load_profile_from_env()
