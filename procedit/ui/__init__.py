"""procedit.ui"""
