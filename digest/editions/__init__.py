"""stories -> edition: compose the three sections, render subject, HTML and text."""
