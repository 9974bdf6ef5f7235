"""procedit.export"""
