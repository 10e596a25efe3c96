"""Descent's bundled files (data, fonts, translations, icons, the Linux launcher).

Not code: a wheel installs this folder as the package ``descent_resources`` so that ``importlib.resources`` finds it
(see ``model/resources.py``). This file makes it a regular package on every Python from 3.10.
"""
