"""procedit.storage"""
