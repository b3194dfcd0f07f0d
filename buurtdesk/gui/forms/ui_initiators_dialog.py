# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'initiators_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QListView,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_InitiatorsDialog(object):
    def setupUi(self, InitiatorsDialog):
        if not InitiatorsDialog.objectName():
            InitiatorsDialog.setObjectName(u"InitiatorsDialog")
        InitiatorsDialog.setMinimumSize(QSize(640, 420))
        self.main_layout = QVBoxLayout(InitiatorsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.explain = QLabel(InitiatorsDialog)
        self.explain.setObjectName(u"explain")
        self.explain.setWordWrap(True)

        self.main_layout.addWidget(self.explain)

        self.lists = QHBoxLayout()
        self.lists.setObjectName(u"lists")
        self.picker_slot = QVBoxLayout()
        self.picker_slot.setObjectName(u"picker_slot")

        self.lists.addLayout(self.picker_slot)

        self.right = QVBoxLayout()
        self.right.setObjectName(u"right")
        self.count = QLabel(InitiatorsDialog)
        self.count.setObjectName(u"count")

        self.right.addWidget(self.count)

        self.chosen_view = QListView(InitiatorsDialog)
        self.chosen_view.setObjectName(u"chosen_view")
        self.chosen_view.setSelectionMode(QAbstractItemView.ExtendedSelection)

        self.right.addWidget(self.chosen_view)

        self.remove_button = QPushButton(InitiatorsDialog)
        self.remove_button.setObjectName(u"remove_button")

        self.right.addWidget(self.remove_button)

        self.right.setStretch(1, 1)

        self.lists.addLayout(self.right)

        self.lists.setStretch(0, 1)
        self.lists.setStretch(1, 1)

        self.main_layout.addLayout(self.lists)

        self.error = QLabel(InitiatorsDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"tone", u"error")

        self.main_layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(InitiatorsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.buttons)

        self.main_layout.setStretch(1, 1)

        self.retranslateUi(InitiatorsDialog)
        self.buttons.accepted.connect(InitiatorsDialog.accept)
        self.buttons.rejected.connect(InitiatorsDialog.reject)

        QMetaObject.connectSlotsByName(InitiatorsDialog)
    # setupUi

    def retranslateUi(self, InitiatorsDialog):
        InitiatorsDialog.setWindowTitle(QCoreApplication.translate("InitiatorsDialog", u"Initiatiefnemers", None))
        self.explain.setText(QCoreApplication.translate("InitiatorsDialog", u"Huishoudens die zich zelf meldden of naar de aftrap kwamen. Ze tellen mee voor het doel; de voortgang toont apart wat de deurrondes nog moeten brengen.", None))
        self.remove_button.setText(QCoreApplication.translate("InitiatorsDialog", u"Markering weghalen", None))
    # retranslateUi

